import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped bytes of the scripts and stylesheets the first page loads, read from the built index.html. */
export function firstScreenBytes(webRoot = 'dist/web'): { files: string[]; gzipBytes: number } {
  const html = fs.readFileSync(path.join(webRoot, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map(
    (match) => match[1] as string,
  );
  const gzipBytes = files.reduce(
    (total, file) =>
      total + gzipSync(fs.readFileSync(path.join(webRoot, file)), { level: 9 }).length,
    0,
  );
  return { files, gzipBytes };
}
