import { describe, expect, it } from 'vitest';
import {
  STAGE_KEYS,
  SUB_DOMAIN_KEYS,
  localize,
  type Framework,
} from '../../domain/framework/index.js';
import { readFrameworkFile, shippedFrameworkFiles } from './framework-file.js';

async function shippedMnr(): Promise<Framework> {
  const file = (await shippedFrameworkFiles()).find((name) => name.endsWith('mnr.json'));
  if (!file) throw new Error('frameworks/mnr.json is missing');
  return readFrameworkFile(file);
}

describe('the shipped MNR framework', () => {
  it('has the 6 capabilities and 21 sub-domains with the MNR keys and numbers', async () => {
    const framework = await shippedMnr();
    expect(framework.capabilities.map((capability) => capability.key)).toEqual([
      'policy-governance',
      'criminal-justice',
      'victim',
      'societal',
      'industry',
      'media-communications',
    ]);
    const subDomains = framework.capabilities.flatMap((capability) => capability.subDomains);
    expect(subDomains.map((subDomain) => subDomain.key)).toEqual(SUB_DOMAIN_KEYS);
    expect(subDomains.map((subDomain) => subDomain.number)).toEqual(
      SUB_DOMAIN_KEYS.map((_, index) => index + 1),
    );
    expect(framework.stages.map((stage) => stage.key)).toEqual([...STAGE_KEYS]);
    expect(framework.rollUp).toBe('lowest');
  });

  it('has at least 3 indicators per stage per sub-domain, numbered in order', async () => {
    const framework = await shippedMnr();
    let total = 0;
    for (const subDomain of framework.capabilities.flatMap((capability) => capability.subDomains)) {
      STAGE_KEYS.forEach((stage, index) => {
        const indicators = subDomain.stages[stage].indicators;
        expect(indicators.length, `${subDomain.key} ${stage}`).toBeGreaterThanOrEqual(3);
        expect(indicators.map((indicator) => indicator.key)).toEqual(
          indicators.map((_, position) => `${subDomain.key}.${index + 1}.${position + 1}`),
        );
        total += indicators.length;
      });
    }
    expect(total).toBeGreaterThanOrEqual(252);
  });

  it('repeats no indicator text and names every dependency', async () => {
    const framework = await shippedMnr();
    const subDomains = framework.capabilities.flatMap((capability) => capability.subDomains);
    const texts = subDomains.flatMap((subDomain) =>
      STAGE_KEYS.flatMap((stage) =>
        subDomain.stages[stage].indicators.map((indicator) => localize(indicator.text, 'en')),
      ),
    );
    expect(new Set(texts).size).toBe(texts.length);
    expect(subDomains.every((subDomain) => subDomain.dependsOn.length > 0)).toBe(true);
    expect(subDomains.find((subDomain) => subDomain.key === 'csea-hotline')?.dependsOn).toEqual(
      expect.arrayContaining(['legislation', 'takedown-procedures']),
    );
  });

  it('records the seven cross-cutting enablers', async () => {
    const framework = await shippedMnr();
    expect(framework.enablers).toHaveLength(7);
  });
});
