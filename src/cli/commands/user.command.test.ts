import { describe, expect, it } from 'vitest';
import { runCli } from '../program.js';
import { capture } from '../test-support/capture.js';
import { useTempDataDir } from '../test-support/temp-data.js';

const PASSWORD = 'granite harbour lantern 7';

describe('mnr user', () => {
  const data = useTempDataDir();

  it('creates an admin with the password from standard input', async () => {
    const run = capture(data.env(), { stdin: `${PASSWORD}\n` });
    const code = await runCli(
      [
        'user',
        'create',
        '--email',
        'Ada@Ministry.gov',
        '--name',
        'Ada',
        '--admin',
        '--password-stdin',
      ],
      run.io,
    );
    expect(run.err).toEqual([]);
    expect(code).toBe(0);
    expect(run.out.join('')).toBe(
      'Created the account of Ada <ada@ministry.gov> with the admin role.',
    );

    const again = capture(data.env(), { stdin: PASSWORD });
    expect(
      await runCli(
        ['user', 'create', '--email', 'ada@ministry.gov', '--name', 'Ada', '--password-stdin'],
        again.io,
      ),
    ).toBe(1);
    expect(again.err.join('')).toBe('mnr: There is already an account for ada@ministry.gov.');
  });

  it('asks for the password twice on a terminal', async () => {
    const same = capture(data.env(), { answers: [PASSWORD, PASSWORD] });
    expect(
      await runCli(
        ['user', 'create', '--email', 's@x.org', '--name', 'S', '--secretariat'],
        same.io,
      ),
    ).toBe(0);
    expect(same.out.join('')).toContain('with the secretariat role');

    const differ = capture(data.env(), { answers: [PASSWORD, 'something else entirely'] });
    expect(await runCli(['user', 'create', '--email', 't@x.org', '--name', 'T'], differ.io)).toBe(
      1,
    );
    expect(differ.err.join('')).toContain('The two passwords differ');

    const noTerminal = capture(data.env());
    expect(
      await runCli(['user', 'create', '--email', 'u@x.org', '--name', 'U'], noTerminal.io),
    ).toBe(1);
    expect(noTerminal.err.join('')).toContain('--password-stdin');
  });

  it('refuses short and common passwords', async () => {
    for (const [password, message] of [
      ['short', 'password: use at least 12 characters'],
      ['qwerty123456', 'most common passwords'],
    ] as const) {
      const run = capture(data.env(), { stdin: password });
      expect(
        await runCli(
          ['user', 'create', '--email', 'v@x.org', '--name', 'V', '--password-stdin'],
          run.io,
        ),
      ).toBe(1);
      expect(run.err.join('')).toContain(message);
    }
  });

  it('prints a password reset link for an account, and explains an unknown email', async () => {
    await runCli(
      ['user', 'create', '--email', 'w@x.org', '--name', 'W', '--password-stdin'],
      capture(data.env(), { stdin: PASSWORD }).io,
    );
    const run = capture(data.env());
    expect(await runCli(['user', 'reset-link', 'W@x.org'], run.io)).toBe(0);
    expect(run.out.join('')).toMatch(
      /^Password reset link for w@x\.org \(works once, until \d{4}-\d\d-\d\d \d\d:\d\d UTC\):\nhttps:\/\/mnr\.example\.gov\/reset-password#token=[\w-]{43}$/,
    );

    const unknown = capture(data.env());
    expect(await runCli(['user', 'reset-link', 'nobody@x.org'], unknown.io)).toBe(1);
    expect(unknown.err.join('')).toBe('mnr: There is no account for nobody@x.org.');
  });
});
