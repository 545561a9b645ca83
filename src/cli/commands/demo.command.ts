import type { Command } from 'commander';
import { isSetUp } from '../../server/accounts/setup.commands.js';
import { publicBaseUrl } from '../../server/config.js';
import { DEMO_COUNTRY, DEMO_COUNTRY_NAME } from '../../server/demo/demo-content.js';
import { loadDemo } from '../../server/demo/demo.js';
import type { CliIo } from '../io.js';
import { formatTable } from '../table.js';
import { withDatabase } from '../with-database.js';

export function demoCommand(program: Command, io: CliIo): void {
  program
    .command('demo')
    .description(`Load fictional demo data (the ${DEMO_COUNTRY_NAME}) to try the application.`)
    .addHelpText(
      'after',
      [
        '',
        `Adds the ${DEMO_COUNTRY_NAME}, a FICTIONAL federal country, with two states. Its`,
        `organisations use the country code ${DEMO_COUNTRY.countryCode} (Antarctica), which has no national`,
        'government, because only ISO 3166 codes are accepted; every name says "fictional demo".',
        'For the country and each state: two finalised cycles (2023 and 2025) with indicator',
        'ratings, evidence text and links, agreed stages with rationales, enabler notes, and an',
        'action plan (the 2023 plan partly done). Records are dated as if the work happened then.',
        '',
        'Three accounts are created (a lead, a facilitator, a contributor) with new random',
        'passwords, printed once. Everything goes through the audit trail; `mnr audit verify`',
        'checks out afterwards. It runs once per database: use a fresh DATA_DIR or DATABASE_URL',
        'for demonstrations, never the database of a real instance.',
      ].join('\n'),
    )
    .action(async () => {
      const { report, signIn, setUp } = await withDatabase(io, async (store, config) => ({
        report: await loadDemo(store),
        signIn: `${publicBaseUrl(config)}/sign-in`,
        setUp: await isSetUp(store.db),
      }));
      io.out(
        `Loaded the ${DEMO_COUNTRY_NAME} (fictional): ${report.organisations.length} organisations, ` +
          `${report.assessments} finalised assessments, ${report.planItems} plan items.`,
      );
      io.out(
        formatTable(
          ['EMAIL', 'NAME', 'ROLE', 'PASSWORD'],
          report.accounts.map((account) => [
            account.email,
            account.displayName,
            account.role,
            account.password,
          ]),
        ),
      );
      // Whether the server runs cannot be told from here, so both cases are said.
      io.out(
        `Sign in at ${signIn} with one of these accounts (start the server with npm start if it ` +
          'is not running). The passwords are shown only now.',
      );
      if (!setUp) {
        io.out(
          'None of them is an instance administrator, and there is none yet: the setup link the ' +
            'server prints when it starts still creates the first one, before or after loading the demo.',
        );
      }
    });
}
