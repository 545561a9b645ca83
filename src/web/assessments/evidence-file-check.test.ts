import { describe, expect, it } from 'vitest';
import { MAX_EVIDENCE_FILE_BYTES } from '../../domain/assessment/api/index.js';
import { evidenceFileProblem, evidenceMediaType } from './evidence-file-check.js';

describe('evidence files', () => {
  it('sends a file as the type the browser reports, when evidence may have it', () => {
    expect(evidenceMediaType({ name: 'report.pdf', type: 'application/pdf' })).toBe(
      'application/pdf',
    );
    expect(evidenceMediaType({ name: 'tool.exe', type: 'application/x-msdownload' })).toBe(
      undefined,
    );
  });

  it('goes by the extension when the browser reports no type', () => {
    expect(evidenceMediaType({ name: 'Figures.CSV', type: '' })).toBe('text/csv');
    expect(evidenceMediaType({ name: 'photo.jpeg', type: '' })).toBe('image/jpeg');
    expect(evidenceMediaType({ name: 'notes', type: '' })).toBe(undefined);
  });

  it('names the problem before anything is sent', () => {
    const pdf = { name: 'a.pdf', type: 'application/pdf' };
    expect(evidenceFileProblem({ ...pdf, size: 1000 })).toBeUndefined();
    expect(evidenceFileProblem({ ...pdf, size: MAX_EVIDENCE_FILE_BYTES })).toBeUndefined();
    expect(evidenceFileProblem({ ...pdf, size: MAX_EVIDENCE_FILE_BYTES + 1 })).toBe('size');
    expect(evidenceFileProblem({ name: 'a.zip', type: 'application/zip', size: 10 })).toBe('type');
  });
});
