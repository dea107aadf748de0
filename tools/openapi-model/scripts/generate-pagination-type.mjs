// Writes the TypeScript type of x-rtc-pagination, from its JSON Schema, where it is used: the
// runtime (whose clients carry it in `listOperations`) and this package. Run by `pnpm generate`
// after this package's build; a test fails while either file is out of date.
import { writeFileSync } from 'node:fs';
import { extensionSchema } from '../dist/extensions/schema.js';
import { paginationTypeTargets } from '../dist/pagination-targets.js';
import { paginationTypeSource } from '../dist/pagination-type.js';

const source = paginationTypeSource(extensionSchema('x-rtc-pagination'));
for (const target of paginationTypeTargets) writeFileSync(target, source);
