import type { Command } from 'commander';
import {
  listAllAssessments,
  type AssessmentListing,
} from '../../server/assessments/assessment.queries.js';
import type { CliIo } from '../io.js';
import { formatTable } from '../table.js';
import { withDatabase } from '../with-database.js';

function table(rows: AssessmentListing[]): string {
  const header = ['ID', 'ORGANISATION', 'TITLE', 'PERIOD', 'STATE', 'FRAMEWORK'];
  const cells = rows.map((row) => [
    row.id,
    row.organisationName,
    row.title,
    `${row.periodStart}..${row.periodEnd}`,
    row.finalisedAt ? `${row.state} ${row.finalisedAt.slice(0, 10)}` : row.state,
    row.framework,
  ]);
  return formatTable(header, cells);
}

export function assessmentsCommand(program: Command, io: CliIo): void {
  const assessments = program.command('assessments').description('List assessments.');

  assessments
    .command('list')
    .description('List every assessment with its organisation, title, period and state.')
    .option('--json', 'print JSON instead of a table')
    .addHelpText(
      'after',
      '\nShows only what identifies each assessment, never its ratings or results.',
    )
    .action(async (options: { json?: boolean }) => {
      const rows = await withDatabase(io, (store) => listAllAssessments(store.db));
      if (options.json) io.out(JSON.stringify(rows, null, 2));
      else if (rows.length === 0) io.out('There are no assessments yet.');
      else io.out(table(rows));
    });
}
