import http from 'node:http';
import { SESSION_COOKIE } from '../accounts/session-cookie.js';

export type ServerSentEvent = { event: string; data: string };

export type EventStreamClient = {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The next event of the given type, or a rejection after `timeoutMs`. */
  next: (event?: string, timeoutMs?: number) => Promise<ServerSentEvent>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close: () => void;
};

/** Opens a server-sent event stream over real HTTP, as a browser's EventSource would. */
export function openEventStream(url: string, sessionToken: string): Promise<EventStreamClient> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      url,
      { headers: { accept: 'text/event-stream', cookie: `${SESSION_COOKIE}=${sessionToken}` } },
      (response) => {
        const received: ServerSentEvent[] = [];
        const waiting: (() => void)[] = [];
        let buffer = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          buffer += chunk;
          let boundary = buffer.indexOf('\n\n');
          while (boundary >= 0) {
            const block = buffer.slice(0, boundary);
            buffer = buffer.slice(boundary + 2);
            const fields = block.split('\n').filter((line) => !line.startsWith(':'));
            const value = (name: string) =>
              fields
                .filter((line) => line.startsWith(`${name}:`))
                .map((line) => line.slice(name.length + 1).trimStart())
                .join('\n');
            if (fields.some((line) => line.startsWith('data:'))) {
              received.push({ event: value('event') || 'message', data: value('data') });
              for (const wake of waiting.splice(0)) wake();
            }
            boundary = buffer.indexOf('\n\n');
          }
        });
        const ended = new Promise<void>((done) => {
          response.on('end', done);
          response.on('close', done);
        });
        const next = async (event = 'change', timeoutMs = 5000) => {
          const deadline = Date.now() + timeoutMs;
          for (;;) {
            const index = received.findIndex((item) => item.event === event);
            if (index >= 0) return received.splice(index, 1)[0] as ServerSentEvent;
            const left = deadline - Date.now();
            if (left <= 0) throw new Error(`no "${event}" event within ${timeoutMs} ms`);
            await new Promise<void>((wake) => {
              const timer = setTimeout(wake, left);
              waiting.push(() => {
                clearTimeout(timer);
                wake();
              });
            });
          }
        };
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          next,
          ended,
          close: () => request.destroy(),
        });
      },
    );
    request.on('error', reject);
  });
}
