import { describe, expect, it } from 'vitest';
import { runCli } from '../program.js';
import { capture } from '../test-support/capture.js';
import { useTempDataDir } from '../test-support/temp-data.js';

describe('mnr org', () => {
  const data = useTempDataDir();

  it('creates national organisations and lists them as a table or JSON', async () => {
    const create = capture(data.env());
    expect(
      await runCli(
        [
          'org',
          'create',
          '--name',
          'Ministry of Justice',
          '--country',
          'ke',
          '--region',
          'africa',
          '--income',
          'lower-middle',
        ],
        create.io,
      ),
    ).toBe(0);
    expect(create.out.join('')).toMatch(/^Created Ministry of Justice \(KE\), id [\w-]{36}\.$/);

    const table = capture(data.env());
    await runCli(['org', 'list'], table.io);
    const [header, row] = table.out.join('').split('\n');
    expect(header).toMatch(/^ID\s+NAME\s+COUNTRY\s+REGION\s+INCOME\s+SYSTEM\s+PART OF$/);
    expect(row).toMatch(/Ministry of Justice\s+KE\s+africa\s+lower-middle\s+centralised\s+-$/);

    const json = capture(data.env());
    await runCli(['org', 'list', '--json'], json.io);
    expect(JSON.parse(json.out.join(''))).toEqual([
      expect.objectContaining({ name: 'Ministry of Justice', countryCode: 'KE', kind: 'national' }),
    ]);
  });

  it('refuses an unknown country or region, naming the option', async () => {
    const country = capture(data.env());
    expect(await runCli(['org', 'create', '--name', 'X', '--country', 'XX'], country.io)).toBe(1);
    expect(country.err.join('')).toContain('"XX" is not an ISO 3166 country code.');

    const region = capture(data.env());
    expect(
      await runCli(
        ['org', 'create', '--name', 'X', '--country', 'FR', '--region', 'mars'],
        region.io,
      ),
    ).toBe(1);
    expect(region.err.join('')).toContain("option '--region <region>' argument 'mars' is invalid");
  });

  it('says so when there are no organisations', async () => {
    const run = capture(data.env());
    await runCli(['org', 'list'], run.io);
    expect(run.out.join('')).toContain('There are no organisations yet');
  });
});
