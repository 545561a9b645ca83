import { Option, type Command } from 'commander';
import { z } from 'zod';
import type { SubDomainKey } from '../../domain/framework/index.js';
import { subDomainKeySchema } from '../../domain/plan/index.js';
import {
  SHARING_SCOPES,
  type ExchangeInterest,
  type SharingScope,
} from '../../domain/sharing/index.js';
import { shareFromCli } from '../../server/sharing/share-from-cli.js';
import { CliError, type CliIo } from '../io.js';
import { writableOutput, writeOutput } from '../output-file.js';
import { parseOption } from '../parse-option.js';
import { withDatabase } from '../with-database.js';

type ShareOptions = {
  out: string;
  scope: SharingScope;
  cycle?: string;
  as?: string;
  knowledgeExchange?: boolean;
  seeking?: string;
  offering?: string;
};

const keyList = z.array(subDomainKeySchema);

function subDomainList(value: string | undefined, option: string) {
  const keys = (value ?? '')
    .split(',')
    .map((key) => key.trim())
    .filter(Boolean);
  return parseOption(keyList, keys, option);
}

export function shareCommand(program: Command, io: CliIo): void {
  program
    .command('share')
    .description(
      'Make a signed submission of a finalised national assessment and write it to a file, to send to the Alliance secretariat.',
    )
    .argument('<assessment-id>', 'the assessment (see `mnr assessments list`)')
    .requiredOption('--out <file>', 'where to write the signed submission (JSON)')
    .addOption(
      new Option('--scope <scope>', 'what to share').choices(SHARING_SCOPES).default('stages'),
    )
    .option('--cycle <label>', 'the cycle, e.g. 2026 (default: the year the period ends)')
    .option('--as <email>', 'the lead giving consent (needed when the organisation has several)')
    .option('--knowledge-exchange', 'consent to the secretariat proposing introductions')
    .option('--seeking <keys>', 'sub-domains where the country seeks support, comma-separated')
    .option('--offering <keys>', 'sub-domains where the country can share experience')
    .addHelpText(
      'after',
      '\nThe lead named by --as (or the only lead) is recorded as giving consent, now. The file is\nsigned with this instance’s key; `mnr secretariat import FILE` on the secretariat instance reads it.',
    )
    .action(async (assessmentId: string, options: ShareOptions) => {
      const out = writableOutput(options.out);
      const seeking = subDomainList(options.seeking, '--seeking');
      const offering = subDomainList(options.offering, '--offering');
      const both = seeking.filter((key) => offering.includes(key));
      if (both.length > 0) {
        throw new CliError(
          `--seeking and --offering both name ${both.join(', ')}: for each sub-domain, the country either seeks support or can share its experience. Name it in one of them only.`,
        );
      }
      const exchange: Partial<Record<SubDomainKey, ExchangeInterest>> = {};
      for (const key of seeking) exchange[key] = 'seeking';
      for (const key of offering) exchange[key] = 'offering';
      const file = await withDatabase(io, (store, config) =>
        shareFromCli(store, config.now(), {
          assessmentId,
          asEmail: options.as,
          scope: options.scope,
          cycle: options.cycle,
          knowledgeExchange: options.knowledgeExchange ?? false,
          exchange,
        }),
      );
      writeOutput(
        out,
        `${file.json}\n`,
        `The submission ${file.submissionId} was made all the same: download its file from the assessment’s “Share with the Alliance” page, or withdraw it with mnr withdraw ${assessmentId} ${file.submissionId} --out FILE.`,
      );
      io.out(
        `Wrote the signed submission ${file.submissionId} to ${out}. To withdraw it: mnr withdraw ${assessmentId} ${file.submissionId} --out FILE.`,
      );
    });
}
