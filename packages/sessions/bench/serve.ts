/**
 * The benchmark's loopback server, in its own process so that generating pages does not take
 * the exporter's CPU, and with every page serialized up front: `serve.ts <sessions> <page size>
 * <latency ms>` prints its URL, then serves until stdin closes.
 */
import { startServer } from '../test/support/server.js';
import { videoSdkSessions } from '../test/support/synthetic.js';

const [total = '100000', perPage = '100', latency = '30'] = process.argv.slice(2);
const handler = videoSdkSessions({
  total: Number(total),
  perPage: Number(perPage),
  delayMs: Number(latency),
  cache: true,
});
// Every page built and serialized before the URL is printed: serving one is then only a write.
const pages = Math.ceil(Number(total) / Number(perPage));
for (let page = 1; page <= pages; page++) {
  await handler({ method: 'GET', rawPath: '/sessions/', query: { page: String(page) }, at: 0 });
}
const server = await startServer(handler);
process.stdout.write(`${server.url}\n`);
process.stdin.resume();
process.stdin.on('end', async () => {
  await server.close();
  process.exit(0);
});
