import { describe, expect, it } from 'vitest';
import { runCli } from '../program.js';
import { capture } from '../test-support/capture.js';
import { useTempDataDir } from '../test-support/temp-data.js';

describe('mnr demo', () => {
  const data = useTempDataDir();

  it('loads the fictional country once, prints how to sign in, and leaves the audit trail intact', async () => {
    const run = capture(data.env());
    expect(await runCli(['demo'], run.io)).toBe(0);
    expect(run.err).toEqual([]);
    const printed = run.out.join('\n');
    expect(printed).toContain(
      'Loaded the Republic of Norland (fictional): 3 organisations, 6 finalised assessments,',
    );
    expect(printed).toMatch(/lead@norland\.example\s+Amara Lindqvist\s+lead\s+\S{16}/);
    expect(printed).toContain(
      'Sign in at https://mnr.example.gov/sign-in with one of these accounts (start the server with npm start if it is not running).',
    );
    expect(printed).toContain('the setup link the server prints when it starts still creates');

    const list = capture(data.env());
    expect(await runCli(['assessments', 'list', '--json'], list.io)).toBe(0);
    const assessments = JSON.parse(list.out.join('')) as { state: string }[];
    expect(assessments).toHaveLength(6);
    expect(assessments.every((assessment) => assessment.state === 'finalised')).toBe(true);

    const verify = capture(data.env());
    expect(await runCli(['audit', 'verify'], verify.io)).toBe(0);
    expect(verify.out.join('')).toMatch(/^The audit trail is intact: \d+ event\(s\) checked\.$/);

    const again = capture(data.env());
    expect(await runCli(['demo'], again.io)).toBe(1);
    expect(again.err.join('')).toContain('mnr: The demo data is already loaded');
  }, 60_000);

  it('says nothing of the setup link where an administrator exists', async () => {
    const admin = capture(data.env(), { stdin: 'granite harbour lantern 7' });
    const created = await runCli(
      [
        'user',
        'create',
        '--email',
        'ada@ministry.gov',
        '--name',
        'Ada',
        '--admin',
        '--password-stdin',
      ],
      admin.io,
    );
    expect(created, admin.err.join('')).toBe(0);
    const run = capture(data.env());
    expect(await runCli(['demo'], run.io)).toBe(0);
    expect(run.out.join('\n')).not.toContain('setup link');
  }, 60_000);

  it('explains itself', async () => {
    const help = capture(data.env());
    await runCli(['demo', '--help'], help.io);
    expect(help.out.join('')).toContain('FICTIONAL federal country');
  });
});
