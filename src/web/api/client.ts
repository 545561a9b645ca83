import { z } from 'zod';
import { sessionViewSchema, type SessionView } from '../../domain/accounts/index.js';
import { apiErrorFromResponse, networkError, unexpectedResponse } from './api-error.js';

/** The header every write carries: the session's token from the latest GET /api/session. */
const CSRF_HEADER = 'x-csrf-token';

let latestCsrfToken: Promise<string | null> | undefined;
let onUnauthorized: (() => void) | undefined;

/** Called when the server answers 401: the session ended (signed out elsewhere, expired). */
export function setUnauthorizedHandler(handler: (() => void) | undefined): void {
  onUnauthorized = handler;
}

/**
 * Reads an answer the same way whichever way it arrived (fetch, or an upload that reports its
 * progress): a failure becomes an ApiError, and a success is checked against the same schema the
 * server answers with, so a mismatch shows up as a clear error here rather than as a broken page.
 */
export function readAnswer<T>(
  path: string,
  status: number,
  body: unknown,
  schema: z.ZodType<T>,
): T {
  if (status < 200 || status > 299) {
    if (status === 401) onUnauthorized?.();
    throw apiErrorFromResponse(status, body);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw unexpectedResponse(status, `${path}: ${parsed.error.message}`);
  }
  return parsed.data;
}

/** Sends one request and reads its answer. */
async function request<T>(path: string, init: RequestInit, schema: z.ZodType<T>): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin', ...init });
  } catch (error) {
    throw networkError(error);
  }
  const body: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  return readAnswer(path, response.status, body, schema);
}

export function getJson<T>(path: string, schema: z.ZodType<T>): Promise<T> {
  return request(path, { headers: { accept: 'application/json' } }, schema);
}

/** Who is signed in; its CSRF token is the one every later write sends. */
export function readSession(): Promise<SessionView> {
  const session = getJson('/api/session', sessionViewSchema);
  latestCsrfToken = session.then(
    (view) => view.csrfToken,
    () => null,
  );
  return session;
}

/** A session view that arrived another way (signing in answers with one). */
export function rememberCsrfToken(token: string | null): void {
  latestCsrfToken = Promise.resolve(token);
}

async function csrfToken(): Promise<string | null> {
  return latestCsrfToken ?? readSession().then((view) => view.csrfToken);
}

type WriteMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The headers every write carries: JSON answers, and the session's CSRF token. */
export async function writeHeaders(): Promise<Record<string, string>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const token = await csrfToken();
  if (token) headers[CSRF_HEADER] = token;
  return headers;
}

/** A write whose answer is read with `schema`. */
export async function sendJson<T>(
  method: WriteMethod,
  path: string,
  body: unknown,
  schema: z.ZodType<T>,
): Promise<T> {
  const headers = await writeHeaders();
  if (body !== undefined) headers['content-type'] = 'application/json';
  const init: RequestInit = { method, headers };
  if (body !== undefined) init.body = JSON.stringify(body);
  return request(path, init, schema);
}

/** A write whose answer has no content the page needs (204, 202). */
export async function send(method: WriteMethod, path: string, body?: unknown): Promise<void> {
  await sendJson(method, path, body, z.unknown());
}
