import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stageDistributionsSchema, type Cell } from './aggregation.results.js';
import { SHARED_RESULTS, type AggregationSubmission } from './aggregation.schemas.js';
import { UNCLASSIFIED } from './dimensions.js';
import { ConflictingSubmissionsError } from './distinct-countries.js';
import { aggregateStages } from './stage-distributions.js';
import { countries, submission } from './test-support/fixtures.js';
import { thresholdArb } from './test-support/grid-arbitraries.js';
import {
  dimensionArb,
  stringsIn,
  submissionsArb,
  withCopies,
} from './test-support/submission-arbitraries.js';
import { linesOfTable, plain } from './test-support/tables.js';
import { SuppressionThresholdError } from './threshold.js';

const leadershipTable = (distributions: ReturnType<typeof aggregateStages>) =>
  distributions.subDomains.find(({ item }) => item === 'leadership');

const rowsOf = (distributions: ReturnType<typeof aggregateStages>) =>
  leadershipTable(distributions)?.rows.map(({ group, cells }) => [group, plain(cells)]);

const atStage = (count: number, stage: 1 | 2 | 3 | 4, fields: Partial<AggregationSubmission>) =>
  countries(count, { ...fields, subDomainStages: { leadership: stage } });

describe('aggregateStages', () => {
  it('suppresses a cell of 2 with one more in its row and in its column', () => {
    const submissions = [
      ...[2, 6, 7, 8].flatMap((count, index) =>
        atStage(count, (index + 1) as 1 | 2 | 3 | 4, { governmentSystem: 'centralised' }),
      ),
      ...[5, 9, 6, 10].flatMap((count, index) =>
        atStage(count, (index + 1) as 1 | 2 | 3 | 4, { governmentSystem: 'federal' }),
      ),
    ];
    const table = leadershipTable(aggregateStages(submissions, { by: 'system' }));
    expect(
      table?.rows.map(({ group, cells, total }) => [group, plain(cells), plain([total])]),
    ).toEqual([
      ['centralised', [null, null, 7, 8, 0], [23]],
      ['federal', [null, null, 6, 10, 0], [30]],
    ]);
    expect(plain(table?.columnTotals ?? [])).toEqual([7, 15, 13, 18, 0]);
    expect(plain([table?.grandTotal ?? { kind: 'suppressed' }])).toEqual([53]);
  });

  it("withholds a group's row whose one count is suppressed, so its stage is not given away", () => {
    const submissions = [
      ...atStage(3, 2, { region: 'africa' }),
      ...atStage(6, 1, { region: 'europe' }),
      ...atStage(6, 3, { region: 'europe' }),
    ];
    const table = leadershipTable(aggregateStages(submissions, { by: 'region' }));
    const africa = table?.rows.find(({ group }) => group === 'africa');
    // [0, X, 0, 0, 0] would say that every African country counted is at stage 2, and so
    // would any fixed choice of which zero to withhold with it.
    expect(plain(africa?.cells ?? [])).toEqual([null, null, null, null, null]);
    expect(africa?.total).toEqual({ kind: 'suppressed' });
  });

  it('counts each country once, by its latest submission, even if it moved group', () => {
    const submissions = [
      submission({
        countryCode: 'QMV',
        cycle: '2022',
        incomeGroup: 'lower-middle',
        subDomainStages: { leadership: 1 },
      }),
      submission({
        countryCode: 'QMV',
        cycle: '2024',
        incomeGroup: 'upper-middle',
        subDomainStages: { leadership: 3 },
      }),
      ...atStage(2, 3, { incomeGroup: 'upper-middle' }),
      ...atStage(3, 2, { cycle: '2022', incomeGroup: 'high' }),
    ];
    const distributions = aggregateStages(submissions, { by: 'income', k: 3 });
    expect(rowsOf(distributions)).toEqual([
      ['low', [0, 0, 0, 0, 0]],
      ['lower-middle', [0, 0, 0, 0, 0]],
      ['upper-middle', [0, 0, 3, 0, 0]],
      ['high', [0, 3, 0, 0, 0]],
      [UNCLASSIFIED, [0, 0, 0, 0, 0]],
    ]);
    expect(distributions.countries).toEqual({ kind: 'count', value: 6 });
  });

  it('counts a country once in each cycle it submitted in, cycles in natural order', () => {
    const twice = atStage(3, 2, { cycle: 'cycle 9' });
    const submissions = [
      ...twice,
      ...twice.map((entry) => ({ ...entry, cycle: 'cycle 10' })),
      ...atStage(3, 4, { cycle: 'cycle 10' }),
    ];
    expect(rowsOf(aggregateStages(submissions, { by: 'cycle', k: 3 }))).toEqual([
      ['cycle 9', [0, 3, 0, 0, 0]],
      ['cycle 10', [0, 3, 0, 3, 0]],
    ]);
  });

  it('counts copies of a submission once and refuses differing ones for a country and cycle', () => {
    const original = atStage(3, 2, {});
    expect(aggregateStages([...original, ...original], { by: 'region', k: 3 })).toEqual(
      aggregateStages(original, { by: 'region', k: 3 }),
    );
    const [first] = original;
    if (!first) throw new Error('fixture');
    const differing = { ...first, subDomainStages: { leadership: 4 as const } };
    expect(() => aggregateStages([...original, differing], { by: 'region' })).toThrow(
      ConflictingSubmissionsError,
    );
  });

  it('puts countries without a recorded region in the unclassified row, last', () => {
    const rows = rowsOf(aggregateStages(atStage(3, 1, { region: null }), { by: 'region', k: 3 }));
    expect(rows?.map(([group]) => group)).toEqual([
      'africa',
      'americas',
      'asia',
      'europe',
      'oceania',
      UNCLASSIFIED,
    ]);
    expect(rows?.at(-1)).toEqual([UNCLASSIFIED, [3, 0, 0, 0, 0]]);
  });

  it('refuses a threshold below 3 or not whole, with a typed error', () => {
    expect(() => aggregateStages([], { by: 'region', k: 2 })).toThrow(SuppressionThresholdError);
    expect(() => aggregateStages([], { by: 'region', k: 3.5 })).toThrow(/at least 3; 3.5/);
    expect(aggregateStages([], { by: 'region', k: 3 }).k).toBe(3);
    expect(aggregateStages([], { by: 'region' }).k).toBe(5);
  });

  it('withholds everything about a lone country, and the number of countries', () => {
    const distributions = aggregateStages(atStage(1, 2, {}), { by: 'region' });
    expect(distributions.countries).toEqual({ kind: 'suppressed' });
    expect(leadershipTable(distributions)?.grandTotal).toEqual({ kind: 'suppressed' });
  });
});

const counts = (cells: readonly Cell[]) =>
  cells.flatMap((cell) => (cell.kind === 'count' ? [cell.value] : []));

function everyCell(distributions: ReturnType<typeof aggregateStages>): Cell[] {
  return [...distributions.subDomains, ...distributions.capabilities].flatMap((table) => [
    ...table.rows.flatMap((row) => [...row.cells, row.total]),
    ...table.columnTotals,
    table.grandTotal,
  ]);
}

/** The true counts for one item, worked out plainly. */
function expectedRows(
  submissions: readonly AggregationSubmission[],
  by: 'region' | 'income' | 'system' | 'cycle',
  groups: readonly string[],
): number[][] {
  const latest = new Map<string, AggregationSubmission>();
  for (const entry of submissions) {
    const current = latest.get(entry.countryCode);
    if (!current || Number(entry.cycle) > Number(current.cycle))
      latest.set(entry.countryCode, entry);
  }
  const counted = by === 'cycle' ? submissions : [...latest.values()];
  const groupOf = (entry: AggregationSubmission) =>
    ({
      region: entry.region,
      income: entry.incomeGroup,
      system: entry.governmentSystem,
      cycle: entry.cycle,
    })[by] ?? UNCLASSIFIED;
  return groups.map((group) =>
    SHARED_RESULTS.map(
      (result) =>
        counted.filter(
          (entry) => groupOf(entry) === group && entry.subDomainStages.leadership === result,
        ).length,
    ),
  );
}

describe('aggregateStages properties', () => {
  const inputArb = fc.record({ submissions: submissionsArb, k: thresholdArb, by: dimensionArb });

  it('(a) publishes no count in 1..k-1', () => {
    fc.assert(
      fc.property(inputArb, ({ submissions, k, by }) => {
        const distributions = aggregateStages(submissions, { by, k });
        for (const value of counts([...everyCell(distributions), distributions.countries])) {
          expect(value === 0 || value >= k).toBe(true);
        }
      }),
    );
  });

  it('(b) leaves no line with a published total and exactly one suppressed cell', () => {
    fc.assert(
      fc.property(inputArb, ({ submissions, k, by }) => {
        const distributions = aggregateStages(submissions, { by, k });
        for (const table of [...distributions.subDomains, ...distributions.capabilities]) {
          for (const line of linesOfTable(table)) {
            const hidden = line.cells.filter(({ kind }) => kind === 'suppressed').length;
            // A suppressed total is protected only by a suppressed cell beside it.
            if (line.total.kind === 'suppressed') expect(hidden).toBeGreaterThan(0);
            else expect(hidden).not.toBe(1);
          }
        }
      }),
    );
  });

  it('(g) never shows the stage of every country of a group by zeros beside one suppressed cell', () => {
    fc.assert(
      fc.property(inputArb, ({ submissions, k, by }) => {
        const distributions = aggregateStages(submissions, { by, k });
        for (const table of [...distributions.subDomains, ...distributions.capabilities]) {
          for (const { cells } of linesOfTable(table).slice(0, table.rows.length + 1)) {
            const hidden = cells.filter(({ kind }) => kind === 'suppressed').length;
            // Published zeros beside a single suppressed cell would place every country there.
            if (hidden === 1 && cells.length > 1) expect(counts(cells).some(Boolean)).toBe(true);
          }
        }
      }),
    );
  });

  it('(c) publishes true counts, and lines with nothing suppressed add up', () => {
    fc.assert(
      fc.property(inputArb, ({ submissions, k, by }) => {
        const table = leadershipTable(aggregateStages(submissions, { by, k }));
        const expected = expectedRows(submissions, by, table?.rows.map(({ group }) => group) ?? []);
        table?.rows.forEach((row, index) =>
          row.cells.forEach((cell, column) => {
            if (cell.kind === 'count') expect(cell.value).toBe(expected[index]?.[column]);
          }),
        );
        for (const line of linesOfTable(
          table ?? { rows: [], columnTotals: [], grandTotal: { kind: 'suppressed' } },
        )) {
          const values = counts(line.cells);
          if (line.total.kind === 'count' && values.length === line.cells.length) {
            expect(values.reduce((total, value) => total + value, 0)).toBe(line.total.value);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('(d) counts distinct countries: copies of submissions change nothing', () => {
    fc.assert(
      fc.property(
        inputArb.chain((input) =>
          withCopies(input.submissions).map((copies) => ({ ...input, copies })),
        ),
        ({ submissions, copies, k, by }) => {
          expect(aggregateStages(copies, { by, k })).toEqual(
            aggregateStages(submissions, { by, k }),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('(e) carries no country code anywhere, and matches its published schema', () => {
    fc.assert(
      fc.property(inputArb, ({ submissions, k, by }) => {
        const distributions = aggregateStages(submissions, { by, k });
        const codes = new Set(submissions.map(({ countryCode }) => countryCode));
        const strings = stringsIn(JSON.parse(JSON.stringify(distributions)));
        expect(strings.filter((value) => codes.has(value))).toEqual([]);
        expect(stageDistributionsSchema.strict().parse(distributions)).toEqual(distributions);
      }),
      { numRuns: 60 },
    );
  });

  it('(f) does not depend on the order of the submissions', () => {
    fc.assert(
      fc.property(
        inputArb.chain((input) =>
          fc
            .shuffledSubarray(input.submissions, {
              minLength: input.submissions.length,
              maxLength: input.submissions.length,
            })
            .map((shuffled) => ({ ...input, shuffled })),
        ),
        ({ submissions, shuffled, k, by }) => {
          expect(aggregateStages(shuffled, { by, k })).toEqual(
            aggregateStages(submissions, { by, k }),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('withholds the same column totals whether by region, income group or system', () => {
    fc.assert(
      fc.property(submissionsArb, thresholdArb, (submissions, k) => {
        const margins = (['region', 'income', 'system'] as const).map((by) =>
          aggregateStages(submissions, { by, k }).subDomains.map(({ columnTotals, grandTotal }) => [
            columnTotals,
            grandTotal,
          ]),
        );
        expect(margins[1]).toEqual(margins[0]);
        expect(margins[2]).toEqual(margins[0]);
      }),
      { numRuns: 60 },
    );
  });

  it('withholds alike what the cycle breakdown shares with the others', () => {
    const oncePerCountry = submissionsArb.chain((submissions) =>
      fc.boolean().map((singleCycle) => {
        const once = [...new Map(submissions.map((entry) => [entry.countryCode, entry])).values()];
        return singleCycle ? once.map((entry) => ({ ...entry, cycle: '2025' })) : once;
      }),
    );
    fc.assert(
      fc.property(oncePerCountry, thresholdArb, (submissions, k) => {
        const byRegion = aggregateStages(submissions, { by: 'region', k }).subDomains;
        const byCycle = aggregateStages(submissions, { by: 'cycle', k }).subDomains;
        byCycle.forEach((table, index) => {
          const other = byRegion[index];
          // Every country submitted once: the column totals count the same countries.
          expect(table.columnTotals).toEqual(other?.columnTotals);
          expect(table.grandTotal).toEqual(other?.grandTotal);
          // And if all in the one cycle, so does that cycle's row.
          if (table.rows.length === 1) {
            expect(table.rows[0]?.cells).toEqual(other?.columnTotals);
            expect(table.rows[0]?.total).toEqual(other?.grandTotal);
          }
        });
      }),
      { numRuns: 60 },
    );
  });
});
