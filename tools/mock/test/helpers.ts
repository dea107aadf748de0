/** Calls through a simulator's Prism, as a user's code does. */
export const AUTH = { authorization: 'Bearer simulator-test-token' };

export async function call(
  base: string,
  path: string,
  init: { method?: string; body?: unknown } = {},
  // biome-ignore lint/suspicious/noExplicitAny: tests read response bodies field by field
): Promise<{ status: number; body: any; headers: Headers }> {
  const response = await fetch(`${base}${path}`, {
    method: init.method ?? 'GET',
    headers: { ...AUTH, ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
}

export const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
