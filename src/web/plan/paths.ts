import { assessmentPath } from '../assessments/paths.js';

export function planPath(assessmentId: string): string {
  return `${assessmentPath(assessmentId)}/plan`;
}
