import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validFrameworkData } from '../domain/framework/test-support/framework-fixture.js';
import { runCli } from './program.js';
import { capture } from './test-support/capture.js';

describe('mnr CLI', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mnr-cli-'));
    env = { DATA_DIR: path.join(dir, 'data') };
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const writeFramework = (name: string, data: unknown) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
    return file;
  };

  it('migrate creates the database and then says it is up to date', async () => {
    const first = capture(env);
    expect(await runCli(['migrate'], first.io)).toBe(0);
    expect(first.out.join('')).toMatch(/Applied \d+ migration/);
    expect(fs.existsSync(path.join(dir, 'data', 'mnr.sqlite'))).toBe(true);

    const second = capture(env);
    expect(await runCli(['migrate'], second.io)).toBe(0);
    expect(second.out.join('')).toContain('already up to date');
  });

  it('framework validate accepts a good file and reports its contents', async () => {
    const run = capture(env);
    expect(
      await runCli(
        ['framework', 'validate', writeFramework('good.json', validFrameworkData())],
        run.io,
      ),
    ).toBe(0);
    expect(run.out.join('')).toMatch(
      /is valid: "test" version 1\.0: 6 capabilities, 21 of 21 sub-domains, 84 indicators/,
    );
  });

  it('framework validate refuses a bad file naming the file and the JSON path', async () => {
    const data = validFrameworkData();
    data.capabilities[2]!.subDomains[0]!.stages.maturity.indicators = [];
    const file = writeFramework('bad.json', data);
    const run = capture(env);
    expect(await runCli(['framework', 'validate', file], run.io)).toBe(1);
    expect(run.err.join('')).toContain(
      `${file} at $.capabilities[2].subDomains[0].stages.maturity.indicators`,
    );
  });

  it('framework validate explains a missing file', async () => {
    const run = capture(env);
    expect(await runCli(['framework', 'validate', path.join(dir, 'missing.json')], run.io)).toBe(1);
    expect(run.err.join('')).toMatch(/missing\.json at \$: cannot be read \(ENOENT\)/);
  });

  it('framework import stores a framework once and refuses changed content under the same version', async () => {
    const file = writeFramework('fw.json', validFrameworkData());
    const first = capture(env);
    expect(await runCli(['framework', 'import', file], first.io)).toBe(0);
    expect(first.out.join('')).toContain('Imported "test" version 1.0');

    const again = capture(env);
    expect(await runCli(['framework', 'import', file], again.io)).toBe(0);
    expect(again.out.join('')).toContain('nothing changed');

    const changed = capture(env);
    const changedFile = writeFramework('fw2.json', {
      ...validFrameworkData(),
      title: { en: 'Changed' },
    });
    expect(await runCli(['framework', 'import', changedFile], changed.io)).toBe(1);
    expect(changed.err.join('')).toContain('already loaded with different content');
  });

  it('every command has --help', async () => {
    for (const command of [
      ['migrate'],
      ['framework', 'validate'],
      ['framework', 'import'],
      ['user', 'create'],
      ['user', 'reset-link'],
      ['org', 'create'],
      ['org', 'list'],
      ['assessments', 'list'],
      ['audit', 'verify'],
    ]) {
      const run = capture(env);
      expect(await runCli([...command, '--help'], run.io)).toBe(0);
      expect(run.out.join('')).toMatch(/^Usage: mnr /);
    }
  });
});
