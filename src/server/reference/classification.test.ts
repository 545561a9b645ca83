import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { INCOME_GROUPS, REGIONS } from '../../domain/organisations/index.js';
import { classificationOf, INCOME_GROUPS_REFERENCE, M49 } from './classification.js';

const ISO_CODES = Object.keys(countries.getAlpha2Codes());

const tally = (values: readonly string[]) =>
  Object.fromEntries(
    [...new Set(values)].map((value) => [value, values.filter((v) => v === value).length]),
  );

describe('reference classifications', () => {
  it('give every ISO 3166 country an M49 region and sub-region, except Antarctica', () => {
    const without = ISO_CODES.filter((code) => classificationOf(code).region === null);
    expect(without).toEqual(['AQ']);
    for (const code of ISO_CODES.filter((entry) => entry !== 'AQ')) {
      expect(classificationOf(code).subRegion, code).toMatch(/\S/);
    }
    expect(Object.keys(M49.countries).filter((code) => !ISO_CODES.includes(code))).toEqual([]);
  });

  it('have plausible numbers of countries per region', () => {
    const regions = tally(Object.values(M49.countries).map(({ region }) => region));
    expect(Object.keys(regions).sort()).toEqual([...REGIONS].sort());
    // As M49 counts them, with Taiwan in Asia and Kosovo in Europe, and Sark (no ISO code) left out.
    expect(regions).toEqual({ africa: 60, americas: 57, asia: 51, europe: 52, oceania: 29 });
  });

  it('carry the World Bank FY2026 income groups: 26 low, 50 lower-middle, 54 upper-middle', () => {
    const groups = tally(Object.values(INCOME_GROUPS_REFERENCE.groups));
    expect(Object.keys(groups).sort()).toEqual([...INCOME_GROUPS].sort());
    expect(groups).toMatchObject({ low: 26, 'lower-middle': 50, 'upper-middle': 54 });
    // 87 high-income economies, with the Channel Islands as Guernsey and Jersey here.
    expect(groups.high).toBe(88);
    expect(INCOME_GROUPS_REFERENCE.edition).toMatch(/FY2026/);
  });

  it('classify known countries as the sources do, and say where that comes from', () => {
    expect(classificationOf('ke')).toEqual({
      countryCode: 'KE',
      region: 'africa',
      subRegion: 'Sub-Saharan Africa',
      intermediateRegion: 'Eastern Africa',
      incomeGroup: 'lower-middle',
      source: 'UN M49 (UNSD, 2024); World Bank income groups FY2026',
    });
    expect(classificationOf('DE')).toMatchObject({
      region: 'europe',
      subRegion: 'Western Europe',
      incomeGroup: 'high',
    });
    expect(classificationOf('CR').incomeGroup).toBe('high');
    expect(classificationOf('NA').incomeGroup).toBe('lower-middle');
    expect(classificationOf('VE').incomeGroup).toBeNull();
    expect(M49.source).toContain('Standard country or area codes for statistical use (M49)');
  });
});
