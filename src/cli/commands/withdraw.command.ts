import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { withdrawFromCli } from '../../server/sharing/share-from-cli.js';
import type { CliIo } from '../io.js';
import { withDatabase } from '../with-database.js';

export function withdrawCommand(program: Command, io: CliIo): void {
  program
    .command('withdraw')
    .description(
      'Withdraw a submission made with `mnr share` or in the app, and write the signed withdrawal to a file for the secretariat.',
    )
    .argument('<assessment-id>', 'the assessment the submission was made from')
    .argument('<submission-id>', 'the submission (printed by `mnr share`, shown on the Share page)')
    .requiredOption('--out <file>', 'where to write the signed withdrawal (JSON)')
    .option('--as <email>', 'the lead withdrawing (needed when the organisation has several)')
    .addHelpText(
      'after',
      '\nA copy held by this instance, or by the secretariat instance the submission was sent to\n(SECRETARIAT_URL), is deleted now. If the secretariat received the submission as a file, send\nthem the withdrawal file: `mnr secretariat import FILE` there deletes their copy, and their\ninstance then refuses the submission file if it comes in again.',
    )
    .action(
      async (assessmentId: string, submissionId: string, options: { out: string; as?: string }) => {
        const file = await withDatabase(io, (store, config) =>
          withdrawFromCli(store, config.now(), {
            assessmentId,
            submissionId,
            asEmail: options.as,
            secretariat: config.secretariat,
          }),
        );
        const out = path.resolve(options.out);
        fs.writeFileSync(out, `${file.json}\n`);
        io.out(`Withdrew submission ${submissionId} and wrote the signed withdrawal to ${out}.`);
      },
    );
}
