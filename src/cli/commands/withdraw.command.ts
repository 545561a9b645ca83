import type { Command } from 'commander';
import { withdrawFromCli } from '../../server/sharing/share-from-cli.js';
import { formatUtc } from '../../server/shared/time.js';
import type { CliIo } from '../io.js';
import { writableOutput, writeOutput } from '../output-file.js';
import { withDatabase } from '../with-database.js';

export function withdrawCommand(program: Command, io: CliIo): void {
  program
    .command('withdraw')
    .description(
      'Withdraw a submission made with `mnr share` or in the app, and write the signed withdrawal to a file for the secretariat.',
    )
    .argument('<assessment-id>', 'the assessment the submission was made from')
    .argument(
      '<submission-id>',
      'the submission id (printed by `mnr share`, shown on the Share with the Alliance page)',
    )
    .requiredOption('--out <file>', 'where to write the signed withdrawal (JSON)')
    .option('--as <email>', 'the lead withdrawing (needed when the organisation has several)')
    .addHelpText(
      'after',
      '\nA copy held by this instance, or by the secretariat instance the submission was sent to\n(SECRETARIAT_URL), is deleted now. If the secretariat received the submission as a file, send\nthem the withdrawal file: `mnr secretariat import FILE` there deletes their copy, and their\ninstance then refuses the submission file if it comes in again. For a submission already\nwithdrawn, it writes the same signed withdrawal again and changes nothing.',
    )
    .action(
      async (assessmentId: string, submissionId: string, options: { out: string; as?: string }) => {
        const out = writableOutput(options.out);
        const file = await withDatabase(io, (store, config) =>
          withdrawFromCli(store, config.now(), {
            assessmentId,
            submissionId,
            asEmail: options.as,
            secretariat: config.secretariat,
          }),
        );
        writeOutput(
          out,
          `${file.json}\n`,
          `The submission ${submissionId} is withdrawn all the same. Run this command again with an --out you can write to: it writes the same signed withdrawal.`,
        );
        io.out(
          file.alreadyWithdrawnAt
            ? `Submission ${submissionId} was already withdrawn on ${formatUtc(file.alreadyWithdrawnAt)}; wrote its signed withdrawal to ${out} again.`
            : `Withdrew submission ${submissionId} and wrote the signed withdrawal to ${out}.`,
        );
      },
    );
}
