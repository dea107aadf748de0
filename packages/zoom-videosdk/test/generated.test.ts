import { itMatchesSpec } from '@rtc-sessions/test-helpers/generated';

itMatchesSpec(new URL('..', import.meta.url), '@rtc-sessions/spec-zoom-videosdk');
