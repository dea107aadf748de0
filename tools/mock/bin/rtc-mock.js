#!/usr/bin/env node
// A committed shim so the bin exists at install time, before dist/ is built
// (pnpm links bins when it installs, and skips ones whose file is missing).
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
