import { describePackage } from '../../runtime/test/helpers/packaging.js';

describePackage(new URL('..', import.meta.url), { shipsSpec: true });
