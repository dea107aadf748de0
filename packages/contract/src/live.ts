import type { CheckResult } from './report.js';
import type { Provider } from './schema.js';
import type { Validators } from './validators.js';

export interface LiveOptions {
  validators: Validators;
  provider: Provider;
  baseUrl?: string;
  operations?: string[];
  maxPages: number;
  recordDir?: string;
  strict: boolean;
  pseudonymize: boolean;
  env: Record<string, string | undefined>;
}

export async function runLive(_options: LiveOptions): Promise<CheckResult[]> {
  throw new Error('live is being implemented');
}
