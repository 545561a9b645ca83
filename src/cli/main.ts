import { processIo } from './io.js';
import { runCli } from './program.js';

// Output piped into a reader that stops early (`mnr assessments list | head`) closes the pipe;
// like other command-line tools, stop quietly instead of failing with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await runCli(process.argv.slice(2), processIo);
