/**
 * Where the runtimes' binaries are: inside the platform packages that `bun`, `deno` and `workerd`
 * list as optional dependencies (npm installs the one for this machine). Their own postinstall
 * scripts, which copy that binary into place or else download it, never run (pnpm-workspace.yaml
 * `ignoredBuiltDependencies`): the suite runs the binary where the registry package put it.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The runtimes the suite runs outside Node. */
export type RuntimeName = 'bun' | 'deno' | 'workerd';

const platformPackages: Record<RuntimeName, Record<string, [pkg: string, binary: string]>> = {
  bun: {
    'linux-x64': ['@oven/bun-linux-x64', 'bin/bun'],
    'linux-arm64': ['@oven/bun-linux-aarch64', 'bin/bun'],
    'darwin-x64': ['@oven/bun-darwin-x64', 'bin/bun'],
    'darwin-arm64': ['@oven/bun-darwin-aarch64', 'bin/bun'],
  },
  deno: {
    'linux-x64': ['@deno/linux-x64-glibc', 'deno'],
    'linux-arm64': ['@deno/linux-arm64-glibc', 'deno'],
    'darwin-x64': ['@deno/darwin-x64', 'deno'],
    'darwin-arm64': ['@deno/darwin-arm64', 'deno'],
  },
  workerd: {
    'linux-x64': ['@cloudflare/workerd-linux-64', 'bin/workerd'],
    'linux-arm64': ['@cloudflare/workerd-linux-arm64', 'bin/workerd'],
    'darwin-x64': ['@cloudflare/workerd-darwin-64', 'bin/workerd'],
    'darwin-arm64': ['@cloudflare/workerd-darwin-arm64', 'bin/workerd'],
  },
};

/**
 * The path of `runtime`'s binary for this platform, resolved from the wrapper package (where the
 * package manager put its optional dependency). Throws, naming the package, when it is missing.
 */
export function binaryOf(runtime: RuntimeName, platform = `${process.platform}-${process.arch}`): string {
  const entry = platformPackages[runtime][platform];
  if (!entry) throw new Error(`no ${runtime} package is known for ${platform}`);
  const [pkg, binary] = entry;
  const wrapper = createRequire(import.meta.url).resolve(`${runtime}/package.json`);
  let manifest: string;
  try {
    manifest = createRequire(wrapper).resolve(`${pkg}/package.json`);
  } catch (error) {
    throw new Error(`${pkg} (the ${runtime} binary for ${platform}) is not installed: run pnpm install`, {
      cause: error,
    });
  }
  const path = join(dirname(manifest), binary);
  if (!existsSync(path)) throw new Error(`${pkg} has no ${binary}`);
  return path;
}
