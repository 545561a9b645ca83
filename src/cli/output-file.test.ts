import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliError } from './io.js';
import { writableOutput, writeOutput } from './output-file.js';

describe('writing a command’s output file', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mnr-out-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('takes a new or existing file in a folder that exists, as an absolute path', () => {
    const file = path.join(dir, 'new.json');
    expect(writableOutput(path.relative(process.cwd(), file))).toBe(file);
    fs.writeFileSync(file, 'old');
    expect(writableOutput(file)).toBe(file);
  });

  it('refuses a folder, a missing folder, and a file standing where a folder should be', () => {
    expect(() => writableOutput(dir)).toThrow(`--out ${dir} is a folder`);
    const missing = path.join(dir, 'missing', 'x.json');
    expect(() => writableOutput(missing)).toThrow(
      `--out ${missing}: the folder ${path.dirname(missing)} does not exist.`,
    );
    fs.writeFileSync(path.join(dir, 'plain'), '');
    expect(() => writableOutput(path.join(dir, 'plain', 'x.json'))).toThrow(
      `${path.join(dir, 'plain')} is a file, not a folder`,
    );
  });

  it('turns a failed write into a message that says what was done and what to do', () => {
    const out = path.join(dir, 'gone', 'x.json');
    const write = () => writeOutput(out, '{}', 'The submission was made all the same.');
    expect(write).toThrow(CliError);
    expect(write).toThrow(
      `Could not write ${out} (its folder does not exist). The submission was made all the same.`,
    );
  });
});
