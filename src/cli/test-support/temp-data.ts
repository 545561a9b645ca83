import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/** A fresh DATA_DIR (so a fresh SQLite database) for each test of a CLI suite. */
export function useTempDataDir(): { env: () => NodeJS.ProcessEnv; dir: () => string } {
  let dir = '';
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mnr-cli-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  return {
    env: () => ({ DATA_DIR: path.join(dir, 'data'), PUBLIC_URL: 'https://mnr.example.gov' }),
    dir: () => dir,
  };
}
