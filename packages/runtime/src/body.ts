/**
 * Reading a response body under a cap: a server that sends 200 MB, or a chunked stream that never
 * ends, must not fill the process's memory.
 */

/** The body was longer than the cap; what was read is dropped. */
export class BodyTooLarge {
  declare readonly maxBytes: number;
  constructor(maxBytes: number) {
    this.maxBytes = maxBytes;
  }
}

/**
 * The body as text, or a {@link BodyTooLarge} (the rest is not read and the stream is cancelled,
 * which drops the connection). A `Content-Length` within the cap is read at once: HTTP frames the
 * body by it, so no more than that can arrive.
 */
export async function readBody(response: Response, maxBytes: number): Promise<string | BodyTooLarge> {
  const declared = response.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared)) {
    if (Number(declared) <= maxBytes) return response.text();
    await response.body?.cancel();
    return new BodyTooLarge(maxBytes);
  }
  const body = response.body;
  if (!body) return '';
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel();
      return new BodyTooLarge(maxBytes);
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}
