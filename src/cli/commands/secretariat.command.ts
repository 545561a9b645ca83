import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { secretariatAggregateCommand } from './secretariat-aggregate.command.js';
import { secretariatImportCommand } from './secretariat-import.command.js';
import { secretariatListCommand } from './secretariat-list.command.js';
import { secretariatRemoveCommand } from './secretariat-remove.command.js';
import { secretariatTokenCommand } from './secretariat-token.command.js';

/**
 * `mnr secretariat …`: what a secretariat instance runs. Each subcommand lives in its own
 * `secretariat-<name>.command.ts` file and is attached below, one line each.
 */
export function secretariatCommand(program: Command, io: CliIo): void {
  const secretariat = program
    .command('secretariat')
    .description('Receive submissions and analyse them (secretariat instances).');
  secretariatImportCommand(secretariat, io);
  secretariatListCommand(secretariat, io);
  secretariatRemoveCommand(secretariat, io);
  secretariatTokenCommand(secretariat, io);
  secretariatAggregateCommand(secretariat, io);
}
