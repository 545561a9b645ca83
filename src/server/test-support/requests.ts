import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { AppInstance } from '../app.js';
import { SESSION_COOKIE } from '../accounts/session-cookie.js';
import { CSRF_HEADER } from '../http/csrf.js';

export type Caller = { token: string; csrfToken: string } | null;

export type TestRequest = {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: string;
  payload?: unknown;
  headers?: Record<string, string>;
};

/** Sends a request as a browser of `caller` would: session cookie plus CSRF header. */
export function send(
  app: AppInstance,
  caller: Caller,
  request: TestRequest,
): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { ...request.headers };
  if (caller) {
    headers.cookie = `${SESSION_COOKIE}=${caller.token}`;
    headers[CSRF_HEADER] = caller.csrfToken;
  }
  const options: InjectOptions = { method: request.method, url: request.url, headers };
  if (request.payload !== undefined) options.payload = request.payload as InjectOptions['payload'];
  return app.inject(options);
}

/** The session token a response set in its cookie, if any. */
export function sessionCookieOf(response: LightMyRequestResponse): string | undefined {
  return response.cookies.find((cookie) => cookie.name === SESSION_COOKIE && cookie.value)?.value;
}
