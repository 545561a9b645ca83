/** A signed-in browser as the API sees it: the session cookie and the CSRF token for writes. */
export type Session = { cookie: string; csrfToken: string };

export type ApiResponse = { status: number; body: unknown; cookie: string | undefined };

/** One JSON request to the benchmarked server, as a browser of `session` would send it. */
export async function api(
  baseUrl: string,
  method: string,
  path: string,
  options: { session?: Session; body?: unknown } = {},
): Promise<ApiResponse> {
  const headers: Record<string, string> = {};
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.session) {
    headers.cookie = options.session.cookie;
    headers['x-csrf-token'] = options.session.csrfToken;
  }
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  const cookie = response.headers
    .getSetCookie()
    .find((value) => value.startsWith('mnr_session='))
    ?.split(';')[0];
  return { status: response.status, body: text ? JSON.parse(text) : undefined, cookie };
}

/** Fails the benchmark with the server's answer when a setup step does not succeed. */
export async function expectStatus(
  response: Promise<ApiResponse>,
  status: number,
  step: string,
): Promise<ApiResponse> {
  const answer = await response;
  if (answer.status !== status) {
    throw new Error(
      `${step}: expected ${status}, got ${answer.status} ${JSON.stringify(answer.body)}`,
    );
  }
  return answer;
}

/** The session a response signed in, completed with its CSRF token. */
export async function sessionFrom(baseUrl: string, response: ApiResponse): Promise<Session> {
  if (!response.cookie) throw new Error('the response signed nobody in');
  const view = await api(baseUrl, 'GET', '/api/session', {
    session: { cookie: response.cookie, csrfToken: '' },
  });
  const csrfToken = (view.body as { csrfToken: string | null }).csrfToken;
  if (!csrfToken) throw new Error('the session has no CSRF token');
  return { cookie: response.cookie, csrfToken };
}
