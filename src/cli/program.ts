import { Command, CommanderError } from 'commander';
import { FrameworkFileError } from '../domain/framework/index.js';
import { ConfigError } from '../server/config.js';
import { AppError } from '../server/http/problems.js';
import { assessmentsCommand } from './commands/assessments.command.js';
import { auditCommand } from './commands/audit.command.js';
import { demoCommand } from './commands/demo.command.js';
import { exportCommand } from './commands/export.command.js';
import { frameworkCommand } from './commands/framework.command.js';
import { importCommand } from './commands/import.command.js';
import { migrateCommand } from './commands/migrate.command.js';
import { orgCommand } from './commands/org.command.js';
import { secretariatCommand } from './commands/secretariat.command.js';
import { shareCommand } from './commands/share.command.js';
import { userCommand } from './commands/user.command.js';
import { withdrawCommand } from './commands/withdraw.command.js';
import { CliError, type CliIo } from './io.js';

export function buildProgram(io: CliIo): Command {
  const program = new Command('mnr')
    .description('Administer an MNR Self-Assessment instance.')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError();
  migrateCommand(program, io);
  frameworkCommand(program, io);
  userCommand(program, io);
  orgCommand(program, io);
  assessmentsCommand(program, io);
  exportCommand(program, io);
  importCommand(program, io);
  auditCommand(program, io);
  demoCommand(program, io);
  shareCommand(program, io);
  withdrawCommand(program, io);
  secretariatCommand(program, io);
  return program;
}

/** Runs the CLI and returns its exit code; expected failures print a message, not a stack. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    await buildProgram(io).parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof CliError) {
      io.err(`mnr: ${error.message}`);
      return error.exitCode;
    }
    if (
      error instanceof FrameworkFileError ||
      error instanceof AppError ||
      error instanceof ConfigError
    ) {
      io.err(`mnr: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
