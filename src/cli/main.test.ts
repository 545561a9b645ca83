import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const main = path.join(import.meta.dirname, 'main.ts');

describe('the mnr process', () => {
  it('stops quietly when the reader of its output goes away', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', main, '--help'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // The reader closes before the first line arrives, as `| head -0` would.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(0);
  });
});
