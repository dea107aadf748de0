import { describePackage } from './helpers/packaging.js';

describePackage(new URL('..', import.meta.url));
