import { describe, expect, it } from 'vitest';
import type { FrameworkView, SubDomainView } from '../../domain/framework/index.js';
import { findSubDomain, subDomainsInOrder } from './sub-domain-lookup.js';

function subDomain(number: number, key: string, dependsOn: string[] = []): SubDomainView {
  return { key, number, title: { en: key }, description: { en: key }, dependsOn, stages: [] };
}

function capability(key: string, subDomains: SubDomainView[]) {
  return { key, title: { en: key }, description: { en: key }, subDomains };
}

const framework: FrameworkView = {
  key: 'mnr',
  version: '1',
  title: { en: 'MNR' },
  description: { en: 'MNR' },
  checksum: 'sha256',
  loadedAt: '2026-12-03T15:00:00.000Z',
  rollUp: 'lowest',
  stages: [],
  enablers: [],
  capabilities: [
    capability('policy-governance', [subDomain(1, 'leadership'), subDomain(3, 'legislation')]),
    capability('societal', [
      subDomain(12, 'csea-hotline', ['takedown-procedures', 'legislation']),
      subDomain(13, 'education-programme'),
    ]),
    capability('industry', [subDomain(16, 'takedown-procedures')]),
  ],
};

describe('findSubDomain', () => {
  it('places a sub-domain in its capability, between its neighbours across capabilities', () => {
    const found = findSubDomain(framework, 'csea-hotline');
    expect(found?.capability.key).toBe('societal');
    expect(found?.previous?.key).toBe('legislation');
    expect(found?.next?.key).toBe('education-programme');
  });

  it('lists dependencies in framework order, not the order they were written in', () => {
    const found = findSubDomain(framework, 'csea-hotline');
    expect(found?.dependencies.map((item) => item.key)).toEqual([
      'legislation',
      'takedown-procedures',
    ]);
  });

  it('has no previous before the first sub-domain and no next after the last', () => {
    expect(findSubDomain(framework, 'leadership')?.previous).toBeUndefined();
    expect(findSubDomain(framework, 'takedown-procedures')?.next).toBeUndefined();
  });

  it('does not find an unknown key', () => {
    expect(findSubDomain(framework, 'nothing')).toBeUndefined();
  });
});

describe('subDomainsInOrder', () => {
  it('reads capabilities in turn', () => {
    expect(subDomainsInOrder(framework).map((item) => item.number)).toEqual([1, 3, 12, 13, 16]);
  });
});
