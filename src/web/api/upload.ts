import type { z } from 'zod';
import { networkError } from './api-error.js';
import { readAnswer, writeHeaders } from './client.js';

/**
 * Sends a file as the raw request body, with its media type as Content-Type, reporting how much
 * has gone (0–1) as it goes: fetch cannot report upload progress, XMLHttpRequest can. The answer
 * is read exactly as every other write's is.
 */
export async function uploadFile<T>(
  path: string,
  file: Blob,
  mediaType: string,
  schema: z.ZodType<T>,
  onProgress: (fraction: number) => void,
): Promise<T> {
  const headers = await writeHeaders();
  const { status, body } = await new Promise<{ status: number; body: unknown }>(
    (resolve, reject) => {
      const request = new XMLHttpRequest();
      request.open('POST', path);
      request.withCredentials = true;
      for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
      request.setRequestHeader('content-type', mediaType);
      request.responseType = 'json';
      request.upload.addEventListener('progress', (event) => {
        if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
      });
      request.addEventListener('load', () =>
        resolve({ status: request.status, body: request.response as unknown }),
      );
      request.addEventListener('error', () => reject(networkError('the upload was interrupted')));
      request.addEventListener('abort', () => reject(networkError('the upload was stopped')));
      request.send(file);
    },
  );
  return readAnswer(path, status, body, schema);
}
