import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { AppInstance } from '../app.js';
import { SESSION_COOKIE } from '../accounts/session-cookie.js';
import { CSRF_HEADER } from '../http/csrf.js';

export type Caller = { token: string; csrfToken: string } | null;

export type TestRequest = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  payload?: unknown;
  headers?: Record<string, string>;
  /** A response that never ends (server-sent events): answered as soon as its head is sent. */
  stream?: boolean;
};

/** What the authorization matrix looks at in any response, streamed or not. */
export type StatusResponse = { statusCode: number; headers: Record<string, unknown>; body: string };

/** Sends a request as a browser of `caller` would: session cookie plus CSRF header. */
export function send(
  app: AppInstance,
  caller: Caller,
  request: TestRequest,
): Promise<LightMyRequestResponse> {
  return app.inject(injectOptions(caller, request));
}

function injectOptions(caller: Caller, request: TestRequest): InjectOptions {
  const headers: Record<string, string> = { ...request.headers };
  if (caller) {
    headers.cookie = `${SESSION_COOKIE}=${caller.token}`;
    headers[CSRF_HEADER] = caller.csrfToken;
  }
  const options: InjectOptions = { method: request.method, url: request.url, headers };
  if (request.payload !== undefined) options.payload = request.payload as InjectOptions['payload'];
  return options;
}

/**
 * Like `send`, but a streamed success is answered once its head arrives and then left to the
 * app's shutdown to end; an error is read whole.
 */
export async function sendForStatus(
  app: AppInstance,
  caller: Caller,
  request: TestRequest,
): Promise<StatusResponse> {
  if (!request.stream) return send(app, caller, request);
  const response = await app.inject({ ...injectOptions(caller, request), payloadAsStream: true });
  const stream = response.stream();
  if (response.statusCode < 400) {
    stream.destroy();
    return { statusCode: response.statusCode, headers: response.headers, body: '' };
  }
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return {
    statusCode: response.statusCode,
    headers: response.headers,
    body: Buffer.concat(chunks).toString('utf8'),
  };
}

/** The session token a response set in its cookie, if any. */
export function sessionCookieOf(response: LightMyRequestResponse): string | undefined {
  return response.cookies.find((cookie) => cookie.name === SESSION_COOKIE && cookie.value)?.value;
}
