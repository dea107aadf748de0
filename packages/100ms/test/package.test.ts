import { describePackage } from '@rtc-sessions/test-helpers/packaging';

describePackage(new URL('..', import.meta.url), { shipsSpec: true });
