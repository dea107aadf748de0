import type { OperationInfo, Provider } from './schema.js';

/** The manifest written next to the compiled validators (dist/generated/manifest.json) by the build. */
export interface ManifestResponse {
  status: string;
  contentType: string | null;
  schema: string | null;
  /** Export names in the provider's generated module. */
  contract: string | null;
  strict: string | null;
  /**
   * The strict schema compiled to stop at its first error (references inlined, no error details):
   * it decides whether a body conforms; `strict` and `contract` only run to report a failure.
   */
  fast: string | null;
  headers: { name: string; required: boolean; schema: string; type?: string | string[]; validate: string }[];
}

export interface ManifestOperation extends Omit<OperationInfo, 'responses'> {
  responses: ManifestResponse[];
}

export interface Manifest {
  format: 'rtc-sessions/contract-manifest@1';
  providers: Record<
    Provider,
    { title: string; version: string; server: string; operations: ManifestOperation[] }
  >;
}
