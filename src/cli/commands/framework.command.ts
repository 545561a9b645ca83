import type { Command } from 'commander';
import { SUB_DOMAIN_KEYS, STAGE_KEYS, type Framework } from '../../domain/framework/index.js';
import { importFramework } from '../../server/frameworks/framework.commands.js';
import { readFrameworkFile } from '../../server/frameworks/framework-file.js';
import type { CliIo } from '../io.js';
import { withDatabase } from '../with-database.js';

function describe(framework: Framework): string {
  const subDomains = framework.capabilities.flatMap((capability) => capability.subDomains);
  const indicators = subDomains.reduce(
    (count, subDomain) =>
      count + STAGE_KEYS.reduce((sum, stage) => sum + subDomain.stages[stage].indicators.length, 0),
    0,
  );
  return (
    `"${framework.key}" version ${framework.version}: ${framework.capabilities.length} capabilities, ` +
    `${subDomains.length} of ${SUB_DOMAIN_KEYS.length} sub-domains, ${indicators} indicators, ` +
    `${framework.enablers.length} enablers`
  );
}

export function frameworkCommand(program: Command, io: CliIo): void {
  const framework = program.command('framework').description('Check and load framework files.');

  framework
    .command('validate')
    .argument('<file>', 'a framework JSON file')
    .description('Check a framework file against the schema without changing anything.')
    .addHelpText('after', '\nEvery problem is reported with the file name and its JSON path.')
    .action(async (file: string) => {
      const parsed = await readFrameworkFile(file);
      io.out(`${file} is valid: ${describe(parsed)}.`);
    });

  framework
    .command('import')
    .argument('<file>', 'a framework JSON file')
    .description('Validate a framework file and store it, so assessments can use it.')
    .addHelpText(
      'after',
      '\nImporting a version that is already stored with the same content changes nothing;' +
        '\nthe same version with different content is refused: give it a new version string.',
    )
    .action(async (file: string) => {
      const parsed = await readFrameworkFile(file);
      const outcome = await withDatabase(io, ({ db }) => importFramework(db, parsed));
      io.out(
        outcome.status === 'imported'
          ? `Imported ${describe(parsed)}.`
          : `Framework "${outcome.key}" version ${outcome.version} is already loaded with the same content; nothing changed.`,
      );
    });
}
