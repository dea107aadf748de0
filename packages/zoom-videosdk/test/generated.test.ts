import { itMatchesSpec } from '../../runtime/test/helpers/generated.js';

itMatchesSpec(new URL('..', import.meta.url), '@rtc-sessions/spec-zoom-videosdk');
