import { describe, expect, it } from 'vitest';
import type { AssessmentRecord, IndicatorEntry } from './assessment-document.schema.js';
import { recordProblems, readAssessmentDocument, type FrameworkKeys } from './verify-document.js';

const FRAMEWORK: FrameworkKeys = {
  key: 'mnr',
  version: '2026.1',
  checksum: 'c'.repeat(64),
  indicators: [
    { key: 'leadership.1.1', subDomainKey: 'leadership' },
    { key: 'leadership.1.2', subDomainKey: 'leadership' },
  ],
  subDomainKeys: ['leadership'],
  capabilityKeys: ['policy-governance'],
  enablerKeys: ['data-and-evidence'],
};

const entry = (key: string): IndicatorEntry => ({
  key,
  subDomainKey: 'leadership',
  status: null,
  evidence: '',
  links: [],
  files: [],
});

function record(changes: Partial<AssessmentRecord> = {}): AssessmentRecord {
  return {
    assessment: {
      title: 'Cycle 2026',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      leadBody: 'Ministry of Justice',
    },
    indicators: [entry('leadership.1.1'), entry('leadership.1.2')],
    subDomains: [{ key: 'leadership', result: { kind: 'not-assessed' } }],
    capabilities: [{ key: 'policy-governance', result: { kind: 'not-assessed' } }],
    enablers: [{ key: 'data-and-evidence', note: '' }],
    plan: [],
    dismissedSuggestions: [],
    ...changes,
  };
}

describe('recordProblems', () => {
  it('accepts a record with every indicator of its framework once', () => {
    expect(recordProblems(record(), FRAMEWORK, '$.record')).toEqual([]);
  });

  it('names unknown, repeated, missing and misplaced keys with their paths', () => {
    const problems = recordProblems(
      record({
        indicators: [entry('leadership.1.1'), entry('leadership.1.1'), entry('leadership.9.1')],
        enablers: [{ key: 'weather', note: '' }],
        dismissedSuggestions: ['leadership.1.7'],
      }),
      FRAMEWORK,
      '$.record',
    );
    expect(problems).toEqual([
      {
        where: '$.record.indicators[1].key',
        problem: 'indicator "leadership.1.1" appears twice (also at $.record.indicators[0].key)',
      },
      {
        where: '$.record.indicators[2].key',
        problem: 'framework "mnr" version 2026.1 has no indicator "leadership.9.1"',
      },
      { where: '$.record.indicators', problem: 'indicator "leadership.1.2" is missing' },
      {
        where: '$.record.enablers[0].key',
        problem: 'framework "mnr" version 2026.1 has no enabler "weather"',
      },
      {
        where: '$.record.dismissedSuggestions[0]',
        problem: 'framework "mnr" version 2026.1 has no indicator "leadership.1.7"',
      },
    ]);
  });
});

describe('readAssessmentDocument', () => {
  const checks = { digestOf: () => 'd'.repeat(64), frameworkOf: () => FRAMEWORK };

  it('refuses what is not an assessment document before reading further', () => {
    expect(readAssessmentDocument('[1, 2]', checks)).toEqual({
      ok: false,
      problems: [{ where: '$.format', problem: expect.stringContaining('not an assessment') }],
    });
    expect(
      readAssessmentDocument(
        '{"format": "mnr-self-assessment/assessment", "formatVersion": "one"}',
        checks,
      ),
    ).toEqual({
      ok: false,
      problems: [
        {
          where: '$.formatVersion',
          problem: 'format version "one" is unknown; this instance reads version 1',
        },
      ],
    });
  });

  it('refuses a member given twice', () => {
    const reading = readAssessmentDocument(
      '{"format": "mnr-self-assessment/assessment", "formatVersion": 1, "formatVersion": 1}',
      checks,
    );
    expect(reading).toEqual({
      ok: false,
      problems: [
        { where: '$.formatVersion', problem: 'this member appears twice in the same object' },
      ],
    });
  });
});
