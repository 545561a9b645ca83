import { Option, type Command } from 'commander';
import { assessmentDocumentById } from '../../server/exports/assessment-document.js';
import { renderExport, type ExportFormat } from '../../server/exports/assessment-export.js';
import { closeReportBrowser } from '../../server/exports/pdf/index.js';
import type { CliIo } from '../io.js';
import { writableOutput, writeOutput } from '../output-file.js';
import { withDatabase } from '../with-database.js';

/**
 * The command line's format names: `csv` is the agreed stages, as people ask for it, and
 * `csv-stages` is taken too, as the API and the app's download links name it.
 */
const FORMATS: Record<string, ExportFormat> = {
  json: 'json',
  csv: 'csv-stages',
  'csv-stages': 'csv-stages',
  'csv-plan': 'csv-plan',
  xlsx: 'xlsx',
  pdf: 'pdf',
};

export function exportCommand(program: Command, io: CliIo): void {
  program
    .command('export')
    .description('Write an assessment to a file.')
    .argument('<assessment-id>', 'the assessment (see "mnr assessments list")')
    .addOption(
      new Option('--format <format>', 'what to write')
        .choices(Object.keys(FORMATS))
        .makeOptionMandatory(),
    )
    .requiredOption('--out <file>', 'the file to write (replaced if it exists)')
    .option('--locale <locale>', 'language of framework texts in CSV, Excel and PDF files', 'en')
    .addHelpText(
      'after',
      `
Formats:
  json      the whole assessment in the versioned format of docs/assessment-document.md;
            "mnr import" and the organisation page take it back
  csv       the agreed stage of every sub-domain beside the suggested stage (UTF-8 with BOM);
            also named csv-stages, as in the API
  csv-plan  the action plan, one item per row (UTF-8 with BOM)
  xlsx      the Excel workbook: a ministry can edit it offline, and "mnr import" takes it back
  pdf       the report (needs Chromium at /usr/bin/chromium)

Example:
  mnr export 3f1c… --format json --out national-assessment-2026.json`,
    )
    .action(
      async (assessmentId: string, options: { format: string; out: string; locale: string }) => {
        const format = FORMATS[options.format] ?? 'json';
        const out = writableOutput(options.out);
        const file = await withDatabase(io, async (store, config) =>
          renderExport(
            store.db,
            await assessmentDocumentById(store.db, assessmentId, config.now()),
            { format, locale: options.locale },
          ),
        ).finally(closeReportBrowser);
        writeOutput(out, file.content, 'Nothing was changed; run the export again.');
        io.out(`Wrote ${options.out}.`);
      },
    );
}
