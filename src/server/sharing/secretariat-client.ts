import type { SignedSubmission, SignedWithdrawal } from '../../domain/sharing/index.js';
import type { SecretariatConfig } from '../config.js';
import { AppError } from '../http/problems.js';

/** The secretariat instance could not be reached, or refused what was sent; `detail` says which. */
export class SecretariatUnavailableError extends AppError {
  constructor(detail: string) {
    super(502, 'secretariat-unavailable', 'The secretariat did not accept this', detail);
  }
}

export const INTAKE_PATH = '/api/secretariat/intake';
export const WITHDRAWALS_PATH = '/api/secretariat/intake/withdrawals';

/** Posts a signed document to another (secretariat) instance with the intake token it issued. */
export async function postToSecretariat(
  secretariat: SecretariatConfig,
  path: typeof INTAKE_PATH | typeof WITHDRAWALS_PATH,
  document: SignedSubmission | SignedWithdrawal,
): Promise<void> {
  const url = `${secretariat.url}${path}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${secretariat.token}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify(document),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    throw new SecretariatUnavailableError(
      `The secretariat at ${secretariat.url} could not be reached (${error instanceof Error ? error.message : String(error)}). Nothing was changed; try again later, or download the file and send it another way.`,
    );
  }
  if (response.ok) return;
  const detail = await problemDetail(response);
  throw new SecretariatUnavailableError(
    `The secretariat at ${secretariat.url} answered ${response.status}: ${detail}`,
  );
}

async function problemDetail(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    const problem = JSON.parse(text) as { detail?: unknown };
    if (typeof problem.detail === 'string') return problem.detail;
  } catch {
    // Not a problem document: fall through to the status text.
  }
  return response.statusText || 'no explanation given';
}
