import http from 'node:http';

export type LoadResult = {
  requests: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
};

/** One request a load worker sends next. */
export type RequestSpec = {
  method: 'GET' | 'PUT' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
};

export type LoadOptions = {
  connections: number;
  seconds: number;
  /** The next request of worker `worker` (0 … connections − 1). */
  next: (worker: number) => RequestSpec;
  /** Sees each successful response's body, e.g. to base the worker's next write on it. */
  onSuccess?: (worker: number, body: string) => void;
};

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

/**
 * Sends requests over keep-alive connections for a fixed time and records each latency; any
 * status other than 200 is an error. Bounded in time and aimed only at the loopback server the
 * benchmark started.
 */
export async function measureRequests(baseUrl: string, options: LoadOptions): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;

  const once = (worker: number) =>
    new Promise<void>((resolve) => {
      const spec = options.next(worker);
      const begin = performance.now();
      const request = http.request(
        `${baseUrl}${spec.path}`,
        { method: spec.method, agent, headers: spec.headers },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => {
            if (options.onSuccess) chunks.push(chunk);
          });
          response.on('end', () => {
            if (response.statusCode === 200) {
              latencies.push(performance.now() - begin);
              options.onSuccess?.(worker, Buffer.concat(chunks).toString('utf8'));
            } else errors += 1;
            resolve();
          });
        },
      );
      request.on('error', () => {
        errors += 1;
        resolve();
      });
      request.end(spec.body);
    });

  const worker = async (index: number) => {
    while (performance.now() < deadline) await once(index);
  };
  await Promise.all(Array.from({ length: options.connections }, (_, index) => worker(index)));
  agent.destroy();

  const seconds = (performance.now() - started) / 1000;
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    seconds,
    perSecond: latencies.length / seconds,
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
  };
}

/** GETs one URL over and over. */
export function measure(
  url: string,
  options: { connections: number; seconds: number; headers?: Record<string, string> },
): Promise<LoadResult> {
  const { origin, pathname, search } = new URL(url);
  return measureRequests(origin, {
    ...options,
    next: () => ({ method: 'GET', path: `${pathname}${search}`, headers: options.headers }),
  });
}
