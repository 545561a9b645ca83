import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from '../program.js';
import { capture } from '../test-support/capture.js';
import { useTempDataDir } from '../test-support/temp-data.js';

describe('mnr audit verify', () => {
  const data = useTempDataDir();

  async function twoAuditedWrites(): Promise<void> {
    await runCli(
      ['org', 'create', '--name', 'Ministry A', '--country', 'FR'],
      capture(data.env()).io,
    );
    await runCli(
      ['org', 'create', '--name', 'Ministry B', '--country', 'DE'],
      capture(data.env()).io,
    );
  }

  it('says the trail is intact, with the number of events', async () => {
    await twoAuditedWrites();
    const run = capture(data.env());
    expect(await runCli(['audit', 'verify'], run.io)).toBe(0);
    expect(run.out.join('')).toBe('The audit trail is intact: 2 event(s) checked.');
  });

  it('fails naming the event that was edited directly in the database', async () => {
    await twoAuditedWrites();
    const sqlite = new BetterSqlite3(path.join(data.env().DATA_DIR!, 'mnr.sqlite'));
    const { id } = sqlite.prepare('SELECT id FROM audit_events WHERE seq = 2').get() as {
      id: string;
    };
    sqlite.prepare("UPDATE audit_events SET actor = 'user:someone-else' WHERE seq = 2").run();
    sqlite.close();

    const run = capture(data.env());
    expect(await runCli(['audit', 'verify'], run.io)).toBe(1);
    expect(run.err.join('')).toBe(
      `mnr: The audit trail is broken at event #2 (id ${id}, organisation.create): its contents no longer match its hash. The 1 event(s) before it are intact.`,
    );
  });
});
