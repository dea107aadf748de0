/**
 * The smoke suite as a Cloudflare Workers module (run by workerd, no compatibility flags): a GET
 * with `?harness=<URL>` runs it and answers `{ runtime, report }`, or 500 with the error.
 */
import { runSmoke } from './smoke.js';

export default {
  async fetch(request: Request): Promise<Response> {
    const harness = new URL(request.url).searchParams.get('harness');
    if (!harness) return new Response('missing ?harness=', { status: 400 });
    try {
      return Response.json({ runtime: 'workerd', report: await runSmoke(harness) });
    } catch (error) {
      return new Response(
        error instanceof Error ? `${error.name}: ${error.message}\n${error.stack}` : String(error),
        {
          status: 500,
        },
      );
    }
  },
};
