import { describe, expect, it } from 'vitest';
import { FrameworkFileError, parseFramework } from './parse-framework.js';
import { validFrameworkData } from './test-support/framework-fixture.js';

type Data = ReturnType<typeof validFrameworkData>;

function problemsFor(data: unknown, source = 'frameworks/broken.json') {
  try {
    parseFramework(typeof data === 'string' ? data : JSON.stringify(data), source);
  } catch (error) {
    expect(error).toBeInstanceOf(FrameworkFileError);
    return error as FrameworkFileError;
  }
  throw new Error('expected the framework to be refused');
}

function broken(change: (data: Data) => void): Data {
  const data = validFrameworkData();
  change(data);
  return data;
}

const firstSubDomain = (data: Data) => data.capabilities[0]!.subDomains[0]!;

describe('parseFramework', () => {
  it('accepts a complete framework and defaults dependsOn', () => {
    const framework = parseFramework(JSON.stringify(validFrameworkData()), 'ok.json');
    expect(framework.capabilities.flatMap((capability) => capability.subDomains)).toHaveLength(21);
  });

  it('refuses text that is not JSON, naming the file', () => {
    const error = problemsFor('{ "key": ', 'frameworks/half.json');
    expect(error.message).toContain('frameworks/half.json');
    expect(error.problems[0]?.message).toMatch(/not valid JSON/);
  });

  it('refuses a member that appears twice in one object, with its path', () => {
    const text = JSON.stringify(validFrameworkData()).replace(
      '"version":"1.0"',
      '"version":"1.0","version":"2.0"',
    );
    const error = problemsFor(text);
    expect(error.problems).toEqual([
      { path: '$.version', message: 'this member appears twice in the same object' },
    ]);
  });

  it('refuses a duplicate indicator key with its path', () => {
    const error = problemsFor(
      broken((data) => {
        const stage = firstSubDomain(data).stages.building;
        stage.indicators.push({ ...stage.indicators[0]!, text: { en: 'Another' } });
      }),
    );
    expect(error.problems).toContainEqual({
      path: '$.capabilities[0].subDomains[0].stages.building.indicators[1].key',
      message: 'duplicate indicator key "leadership.1.1"',
    });
  });

  it('refuses a duplicate sub-domain key', () => {
    const error = problemsFor(
      broken((data) => {
        data.capabilities[0]!.subDomains[1] = { ...firstSubDomain(data), number: 1 };
      }),
    );
    expect(error.problems.map((problem) => problem.message)).toContain(
      'duplicate sub-domain key "leadership"',
    );
    expect(error.message).toContain('$.capabilities[0].subDomains[1].key');
  });

  it('refuses an unknown stage', () => {
    const error = problemsFor(
      broken((data) => {
        (firstSubDomain(data).stages as Record<string, unknown>).excellence =
          firstSubDomain(data).stages.building;
      }),
    );
    expect(error.problems[0]?.path).toBe('$.capabilities[0].subDomains[0].stages');
    expect(error.problems[0]?.message).toMatch(/excellence/);
  });

  it('refuses a sub-domain without indicators for a stage', () => {
    const error = problemsFor(
      broken((data) => {
        firstSubDomain(data).stages.integration.indicators = [];
      }),
    );
    expect(error.problems).toContainEqual({
      path: '$.capabilities[0].subDomains[0].stages.integration.indicators',
      message: 'each stage needs at least one indicator',
    });
  });

  it('refuses a sub-domain that leaves a stage out', () => {
    const error = problemsFor(
      broken((data) => {
        delete (firstSubDomain(data).stages as Record<string, unknown>).maturity;
      }),
    );
    expect(error.problems[0]?.path).toBe('$.capabilities[0].subDomains[0].stages.maturity');
  });

  it('refuses text without English', () => {
    const error = problemsFor(
      broken((data) => {
        (firstSubDomain(data).title as Record<string, string>) = { fr: 'Leadership' };
      }),
    );
    expect(error.problems).toContainEqual({
      path: '$.capabilities[0].subDomains[0].title',
      message: 'English text ("en") is required',
    });
  });

  it('refuses an unknown capability and reports the one missing', () => {
    const error = problemsFor(
      broken((data) => {
        data.capabilities[5]!.key = 'media' as never;
      }),
    );
    expect(error.problems).toContainEqual({
      path: '$.capabilities[5].key',
      message: 'unknown capability "media"',
    });
    expect(error.problems).toContainEqual({
      path: '$.capabilities',
      message: 'capability "media-communications" is missing',
    });
  });

  it('refuses a renumbered sub-domain, an indicator key of another sub-domain and a bad dependency', () => {
    const error = problemsFor(
      broken((data) => {
        const subDomain = firstSubDomain(data);
        subDomain.number = 2;
        subDomain.stages.building.indicators[0]!.key = 'legislation.1.1';
        subDomain.dependsOn = ['leadership', 'nowhere'];
      }),
    );
    const messages = error.problems.map((problem) => `${problem.path} ${problem.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        '$.capabilities[0].subDomains[0].number sub-domain "leadership" is number 1, not 2',
        '$.capabilities[0].subDomains[0].stages.building.indicators[0].key indicator key must start with "leadership.1."',
        '$.capabilities[0].subDomains[0].dependsOn[0] "leadership" is not another sub-domain of the MNR',
        '$.capabilities[0].subDomains[0].dependsOn[1] "nowhere" is not another sub-domain of the MNR',
      ]),
    );
  });

  it('refuses stages out of order', () => {
    const error = problemsFor(
      broken((data) => {
        data.stages.reverse();
      }),
    );
    expect(error.problems[0]).toEqual({
      path: '$.stages[0]',
      message: 'stage 1 must be "building" with number 1',
    });
  });
});
