/**
 * The benchmark's loopback server, in its own process so that generating pages does not take
 * the exporter's CPU: `serve.ts <sessions> <page size> <latency ms>` prints its URL, then serves
 * until stdin closes.
 */
import { startServer } from '../test/support/server.js';
import { videoSdkSessions } from '../test/support/synthetic.js';

const [total = '100000', perPage = '100', latency = '30'] = process.argv.slice(2);
const server = await startServer(
  videoSdkSessions({ total: Number(total), perPage: Number(perPage), delayMs: Number(latency) }),
);
process.stdout.write(`${server.url}\n`);
process.stdin.resume();
process.stdin.on('end', async () => {
  await server.close();
  process.exit(0);
});
