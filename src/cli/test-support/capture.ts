import type { CliIo } from '../io.js';

/** An io that records what a command prints, with canned standard input and terminal answers. */
export function capture(
  env: NodeJS.ProcessEnv,
  input: { stdin?: string; answers?: string[] } = {},
): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const answers = [...(input.answers ?? [])];
  return {
    io: {
      out: (text) => void out.push(text),
      err: (text) => void err.push(text),
      env,
      readStdin: () => Promise.resolve(input.stdin ?? ''),
      askHidden: input.answers ? () => Promise.resolve(answers.shift() ?? '') : undefined,
    },
    out,
    err,
  };
}
