import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SUB_DOMAIN_STATUSES, type SubDomainStatus } from './assessment.schemas.js';
import { assessmentProgress, percentFormatter, progressPercent } from './progress.js';

const statusesArb = (length: number) =>
  fc.array(fc.constantFrom(...SUB_DOMAIN_STATUSES), { minLength: length, maxLength: length });

const repeat = (status: SubDomainStatus, count: number): SubDomainStatus[] =>
  Array.from({ length: count }, () => status);

describe('progressPercent', () => {
  it('rounds to the nearest whole percent', () => {
    expect(progressPercent(3, 7)).toBe(43);
    expect(progressPercent(1, 3)).toBe(33);
    expect(progressPercent(2, 3)).toBe(67);
    expect(progressPercent(1, 8)).toBe(13);
    expect(progressPercent(21, 27)).toBe(78);
    expect(progressPercent(26, 27)).toBe(96);
    expect(progressPercent(27, 27)).toBe(100);
  });

  it('shows neither 100 while something is left nor 0 once something is done', () => {
    expect(progressPercent(199, 200)).toBe(99);
    expect(progressPercent(999, 1000)).toBe(99);
    expect(progressPercent(1, 200)).toBe(1);
    expect(progressPercent(1, 1000)).toBe(1);
    expect(progressPercent(0, 27)).toBe(0);
  });

  it('is 0 when there is nothing to do', () => {
    expect(progressPercent(0, 0)).toBe(0);
  });

  it('is the nearest whole percent, held between 1 and 99 while part is done', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.nat(), (total, seed) => {
        const done = seed % (total + 1);
        const percent = progressPercent(done, total);
        const exact = (done * 100) / total;
        expect(Number.isInteger(percent)).toBe(true);
        if (done === 0) expect(percent).toBe(0);
        else if (done === total) expect(percent).toBe(100);
        else {
          expect(percent).toBeGreaterThanOrEqual(1);
          expect(percent).toBeLessThanOrEqual(99);
          // Off the nearest only where the clamp holds it back from 0 or 100.
          if (exact >= 0.5 && exact < 99.5)
            expect(Math.abs(percent - exact)).toBeLessThanOrEqual(0.5);
        }
      }),
    );
  });

  it('never goes down as more is done', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.nat(), (total, seed) => {
        const done = seed % total;
        expect(progressPercent(done + 1, total)).toBeGreaterThanOrEqual(
          progressPercent(done, total),
        );
      }),
    );
  });
});

describe('percentFormatter', () => {
  it('writes the percent the way the locale does', () => {
    expect(percentFormatter('en')(43)).toBe('43%');
    expect(percentFormatter('fr')(43)).toBe('43\u00a0%');
    expect(percentFormatter('tr')(43)).toBe('%43');
  });

  it('writes what progressPercent gives, so 3 of 7 reads 43%', () => {
    expect(percentFormatter('en')(progressPercent(3, 7))).toBe('43%');
    expect(percentFormatter('en')(progressPercent(999, 1000))).toBe('99%');
  });
});

describe('assessmentProgress', () => {
  it('counts statuses of sub-domains and capabilities, and what is decided', () => {
    const progress = assessmentProgress({
      subDomains: [...repeat('agreed', 18), 'not-applicable', 'in-discussion', 'not-started'],
      capabilities: [...repeat('agreed', 5), 'in-discussion'],
    });
    expect(progress).toEqual({
      subDomains: { 'not-started': 1, 'in-discussion': 1, agreed: 18, 'not-applicable': 1 },
      capabilities: { 'not-started': 0, 'in-discussion': 1, agreed: 5, 'not-applicable': 0 },
      done: 24,
      total: 27,
      percent: 89,
    });
  });

  it('stays below 100 with one capability left', () => {
    const progress = assessmentProgress({
      subDomains: repeat('agreed', 21),
      capabilities: [...repeat('agreed', 5), 'not-started'],
    });
    expect(progress).toMatchObject({ done: 26, total: 27, percent: 96 });
  });

  it('is 100 when everything is agreed or not applicable', () => {
    const progress = assessmentProgress({
      subDomains: [...repeat('agreed', 20), 'not-applicable'],
      capabilities: repeat('agreed', 6),
    });
    expect(progress.percent).toBe(100);
  });

  it('is below 100 whenever anything is unassessed, and counts every item once', () => {
    fc.assert(
      fc.property(statusesArb(21), statusesArb(6), (subDomains, capabilities) => {
        const progress = assessmentProgress({ subDomains, capabilities });
        const open = [...subDomains, ...capabilities].some(
          (status) => status === 'not-started' || status === 'in-discussion',
        );
        expect(progress.percent < 100).toBe(open);
        const counted = [progress.subDomains, progress.capabilities]
          .flatMap((counts) => Object.values(counts))
          .reduce((sum, count) => sum + count, 0);
        expect(counted).toBe(27);
        expect(progress.total).toBe(27);
      }),
    );
  });
});
