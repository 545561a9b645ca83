import { Option, type Command } from 'commander';
import {
  createNationalOrganisationSchema,
  GOVERNMENT_SYSTEMS,
  INCOME_GROUPS,
  REGIONS,
} from '../../domain/organisations/index.js';
import { createNationalOrganisationFromCli } from '../../server/organisations/organisation.commands.js';
import {
  listOrganisationSummaries,
  type OrganisationSummary,
} from '../../server/organisations/organisation.queries.js';
import type { CliIo } from '../io.js';
import { formatTable } from '../table.js';
import { parseOption } from '../parse-option.js';
import { withDatabase } from '../with-database.js';

type CreateOptions = {
  name: string;
  country: string;
  region?: string;
  income?: string;
  system: string;
};

function table(rows: OrganisationSummary[]): string {
  const header = ['ID', 'NAME', 'COUNTRY', 'REGION', 'INCOME', 'SYSTEM', 'PART OF'];
  const names = new Map(rows.map((row) => [row.id, row.name]));
  const cells = rows.map((row) => [
    row.id,
    row.name,
    row.countryCode,
    row.region ?? '-',
    row.incomeGroup ?? '-',
    row.governmentSystem,
    row.parentId ? (names.get(row.parentId) ?? row.parentId) : '-',
  ]);
  return formatTable(header, cells);
}

export function orgCommand(program: Command, io: CliIo): void {
  const org = program.command('org').description('Add and list organisations.');

  org
    .command('create')
    .description(
      'Add the national organisation of a country; then invite its first lead in the app.',
    )
    .requiredOption('--name <name>', 'the lead government body, e.g. "Ministry of Justice"')
    .requiredOption('--country <code>', 'ISO 3166 alpha-2 country code, e.g. KE')
    .addOption(new Option('--region <region>', 'UN region').choices(REGIONS))
    .addOption(new Option('--income <group>', 'World Bank income group').choices(INCOME_GROUPS))
    .addOption(
      new Option('--system <system>', 'government system')
        .choices(GOVERNMENT_SYSTEMS)
        .default('centralised'),
    )
    .action(async (options: CreateOptions) => {
      const input = parseOption(
        createNationalOrganisationSchema,
        {
          kind: 'national',
          name: options.name,
          countryCode: options.country,
          region: options.region ?? null,
          incomeGroup: options.income ?? null,
          governmentSystem: options.system,
        },
        'organisation',
      );
      const created = await withDatabase(io, (store, config) =>
        createNationalOrganisationFromCli(store, input, config.now()),
      );
      io.out(`Created ${created.name} (${created.country_code}), id ${created.id}.`);
    });

  org
    .command('list')
    .description('List every organisation, jurisdictions included.')
    .option('--json', 'print JSON instead of a table')
    .action(async (options: { json?: boolean }) => {
      const rows = await withDatabase(io, (store) => listOrganisationSummaries(store.db));
      if (options.json) io.out(JSON.stringify(rows, null, 2));
      else if (rows.length === 0)
        io.out('There are no organisations yet. Add one with `mnr org create`.');
      else io.out(table(rows));
    });
}
