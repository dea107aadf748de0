/**
 * The one loader of the validators compiled at build time (ajv standalone modules under
 * dist/generated/): for each provider, `<provider><suffix>.js` (all errors, for reports) and
 * `<provider><suffix>.fast.js` (first error only), merged into one table of export names.
 * Nothing is compiled at run time.
 */
import type { ErrorObject } from 'ajv/dist/2020.js';
import { IncompleteBuildError } from './errors.js';
import type { Provider } from './manifest.js';

export type CompiledValidator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/** A compiled validator of one provider by its export name. */
export type ValidatorOf = (name: string) => CompiledValidator;

/** Which compiled set: the responses' (`''`) or the webhook payloads' (`'.webhooks'`). */
export type CompiledSet = '' | '.webhooks';

/** Imports each provider's compiled modules once; returns the lookup of one provider's validators. */
export async function loadCompiled(
  providers: readonly Provider[],
  set: CompiledSet,
): Promise<(provider: Provider) => ValidatorOf> {
  const modules = new Map<Provider, Record<string, CompiledValidator>>();
  await Promise.all(
    providers.map(async (provider) => {
      const [reporting, fast] = await Promise.all([
        import(new URL(`./generated/${provider}${set}.js`, import.meta.url).href),
        import(new URL(`./generated/${provider}${set}.fast.js`, import.meta.url).href),
      ]);
      modules.set(provider, { ...reporting, ...fast });
    }),
  );
  // one lookup function per provider, made once: validation calls it on every body
  const lookups = new Map<Provider, ValidatorOf>(
    providers.map((provider) => {
      const table = modules.get(provider);
      const lookup: ValidatorOf = (name) => {
        const fn = table?.[name];
        if (!fn) {
          throw new IncompleteBuildError(
            `compiled validator ${name} of ${provider}${set} is missing; rebuild @rtc-sessions/contract`,
          );
        }
        return fn;
      };
      return [provider, lookup];
    }),
  );
  return (provider) => {
    const lookup = lookups.get(provider);
    if (!lookup)
      throw new IncompleteBuildError(
        `no compiled validators for ${provider}${set}; rebuild @rtc-sessions/contract`,
      );
    return lookup;
  };
}
