import type { Command } from 'commander';
import type { ReceivedSubmissionItem } from '../../domain/sharing/index.js';
import { heldSubmissions } from '../../server/secretariat/submission.queries.js';
import { formatUtc } from '../../server/shared/time.js';
import type { CliIo } from '../io.js';
import { formatTable } from '../table.js';
import { withDatabase } from '../with-database.js';

const VIA: Record<ReceivedSubmissionItem['receivedVia'], string> = {
  upload: 'uploaded',
  api: 'sent by its instance',
  cli: 'mnr secretariat import',
  local: 'sent from this instance',
};

function table(items: ReceivedSubmissionItem[]): string {
  return formatTable(
    ['ID', 'COUNTRY', 'CYCLE', 'MADE', 'RECEIVED', 'VIA'],
    items.map((item) => [
      item.id,
      `${item.countryName} (${item.countryCode})`,
      item.cycle,
      formatUtc(new Date(item.createdAt).toISOString()),
      formatUtc(item.receivedAt),
      VIA[item.receivedVia],
    ]),
  );
}

/** `mnr secretariat list [--json]`: what is held, in the same order as the Submissions page. */
export function secretariatListCommand(secretariat: Command, io: CliIo): void {
  secretariat
    .command('list')
    .description('List the submissions held, one per country and cycle, by country name.')
    .option('--json', 'print JSON instead of a table')
    .addHelpText(
      'after',
      '\nShows only what identifies each submission, never its results, and never orders by them.',
    )
    .action(async (options: { json?: boolean }) => {
      const items = await withDatabase(io, (store) => heldSubmissions(store.db));
      if (options.json) io.out(JSON.stringify(items, null, 2));
      else if (items.length === 0) io.out('No submission is held.');
      else io.out(table(items));
    });
}
