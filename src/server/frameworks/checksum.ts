import { digest } from '../shared/canonical-json.js';

export function frameworkChecksum(framework: unknown): string {
  return digest(framework);
}
