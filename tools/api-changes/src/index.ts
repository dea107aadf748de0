export { type ChangeClass, classifyChanges, type SpecChange } from './classify.js';
export { HELP, type Io, main } from './cli.js';
export { clientView } from './client-view.js';
export { type ProviderFiles, type ReleasedInfo, readProviders, SpecChangesError } from './layout.js';
export { type ProviderChanges, providerChanges, renderMarkdown } from './report.js';
