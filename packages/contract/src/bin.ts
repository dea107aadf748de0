// The `rtc-contract` executable: runs the side-effect-free `main` of cli.ts.
import { main } from './cli.js';

process.exitCode = await main(process.argv.slice(2));
