import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../../../../e2e/support/browser.js';
import { resultHighlights } from '../../../domain/assessment/index.js';
import type { AssessmentDocument } from '../../../domain/assessment-document/index.js';
import type { FrameworkView } from '../../../domain/framework/index.js';
import {
  SAMPLE_TEXT,
  TRANSLATED_TITLE,
  fixtureDocument,
  fixtureFramework,
} from '../test-support/assessment-document-fixture.js';
import { assessmentReportHtml, closeReportBrowser, renderReportPdf } from './index.js';
import { reportFormat } from './report-format.js';

let framework: FrameworkView;
let document: AssessmentDocument;

beforeAll(async () => {
  framework = await fixtureFramework();
  document = fixtureDocument(framework);
});

afterAll(closeReportBrowser);

describe('report page', () => {
  it('escapes every text a person typed', () => {
    const page = assessmentReportHtml(document, framework, 'en');
    expect(page).toContain('@hotline reported 1,204 cases &lt;b&gt;not bold&lt;/b&gt; &amp; more');
    expect(page).not.toContain('<b>not bold</b>');
    expect(page).not.toMatch(/<script/i);
  });

  it('sets language and direction, and takes framework words in the report’s language', () => {
    const arabic = assessmentReportHtml(document, framework, 'ar');
    expect(arabic).toMatch(/<html lang="ar" dir="rtl">/);
    expect(arabic).toContain(TRANSLATED_TITLE.ar);
    expect(assessmentReportHtml(document, framework, 'zh')).toContain(TRANSLATED_TITLE.zh);
    expect(assessmentReportHtml(document, framework, 'en')).toMatch(/<html lang="en" dir="ltr">/);
  });

  it('has a section for every capability, the heat map, the plan and the appendix', () => {
    const page = assessmentReportHtml(document, framework, 'en');
    for (const heading of ['Summary', 'Heat map', 'Action plan', 'Evidence appendix']) {
      expect(page).toContain(`<h2>${heading}</h2>`);
    }
    for (const capability of framework.capabilities) {
      expect(page).toContain(`<h2>${capability.title.en}</h2>`);
    }
    expect(page).toMatch(/<svg\s+class="chart"/);
  });

  it('writes a plan item with only a target date as that date, with no dash left open', () => {
    const targetOnly = document.record.plan.find((item) => !item.startDate && item.targetDate);
    expect(targetOnly).toBeDefined();
    for (const locale of ['en', 'ar']) {
      const page = assessmentReportHtml(document, framework, locale);
      const date = reportFormat(locale).date(targetOnly?.targetDate ?? '');
      expect(page).toContain(`<td>By <bdi>${date}</bdi></td>`);
      expect(page).not.toMatch(/[–—]\s*[–—]/);
    }
  });
});

function text(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString('utf8');
}

const squeeze = (value: string) => value.replace(/\s+/g, '');

/** pdftotext marks right-to-left runs with embedding controls; without them the text compares plainly. */
const withoutBidiControls = (value: string) =>
  value.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');

/** The fixture's strengths and gaps by the domain rule, worked out apart from the report model. */
function fixtureHighlights() {
  const subDomains = framework.capabilities.flatMap((capability) => capability.subDomains);
  const results = Object.fromEntries(document.record.subDomains.map((s) => [s.key, s.result]));
  const ratings = Object.fromEntries(
    document.record.indicators.flatMap(({ key, status }) => (status ? [[key, status]] : [])),
  );
  const highlights = resultHighlights(
    subDomains.map(({ key, number, stages }) => ({ key, number, indicators: { stages } })),
    results,
    ratings,
  );
  return { subDomains, highlights };
}

/** The report's text from one heading up to the next of the given headings. */
function sectionText(content: string, heading: string, nextHeadings: string[]): string {
  const start = content.indexOf(squeeze(heading));
  const ends = nextHeadings
    .map((next) => content.indexOf(squeeze(next), start + 1))
    .filter((index) => index > start);
  return content.slice(start, Math.min(...ends));
}

describe.skipIf(!chromiumAvailable())('PDF report', () => {
  it('carries Arabic, Chinese and Cyrillic text, stages and sub-domain names, in embedded fonts', async () => {
    const pdf = await renderReportPdf(assessmentReportHtml(document, framework, 'en'), {
      footer: document.record.assessment.title,
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const content = squeeze(text(pdf));
    for (const sample of [SAMPLE_TEXT.arabic, SAMPLE_TEXT.chinese, SAMPLE_TEXT.cyrillic]) {
      expect(content).toContain(squeeze(sample));
    }
    for (const capability of framework.capabilities) {
      expect(content).toContain(squeeze(capability.title.en ?? ''));
      for (const subDomain of capability.subDomains.slice(1)) {
        expect(content).toContain(squeeze(`${subDomain.number}. ${subDomain.title.en}`));
      }
    }
    for (const stage of ['1–Building', '2–Enhancement', '3–Integration', '4–Maturity']) {
      expect(content).toContain(stage);
    }
    expect(content).toContain(squeeze(document.record.plan[0]?.title ?? ''));
    const fonts = execFileSync('pdffonts', ['-'], { input: pdf }).toString('utf8');
    const rows = fonts.split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/\byes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);
    expect(fonts).toContain('NotoSansArabic');
  });

  it('lists the strengths and gaps the results summary shows', async () => {
    const { subDomains, highlights } = fixtureHighlights();
    // The fixture has a gap above the lowest stage, which the report once left out.
    expect(highlights.gaps.some(({ stage }) => stage !== highlights.lowestStage)).toBe(true);
    const pdf = await renderReportPdf(assessmentReportHtml(document, framework, 'en'));
    const content = squeeze(text(pdf));
    const strengthsText = sectionText(content, 'Strengths', ['Gaps']);
    const gapsText = sectionText(content, 'Gaps', [
      'Imbalances between interdependent sub-domains',
      'Heat map',
    ]);
    const gapKeys = new Set(highlights.gaps.map(({ subDomain }) => subDomain));
    const strengthKeys = new Set(highlights.strengths.map(({ subDomain }) => subDomain));
    for (const { key, number, title } of subDomains) {
      const name = squeeze(`${number}. ${title.en}`);
      expect(gapsText.includes(name), `${name} in Gaps`).toBe(gapKeys.has(key));
      expect(strengthsText.includes(name), `${name} in Strengths`).toBe(strengthKeys.has(key));
    }
  });

  it('prints an Arabic report with the translated sub-domain name', async () => {
    const pdf = await renderReportPdf(assessmentReportHtml(document, framework, 'ar'));
    const content = text(pdf);
    // pdftotext lays right-to-left runs out in visual order around punctuation, so the title
    // is checked word by word.
    for (const word of TRANSLATED_TITLE.ar.replace(':', ' ').split(/\s+/)) {
      expect(content).toContain(word);
    }
  });

  it('reads an Arabic report’s figures in order, and a plan date alone with no dash beside it', async () => {
    const pdf = await renderReportPdf(assessmentReportHtml(document, framework, 'ar'));
    const content = withoutBidiControls(text(pdf));
    const { number } = reportFormat('ar');
    const { subDomains, indicators } = document.record;
    const agreed = subDomains.filter(({ result }) => result.kind === 'stage').length;
    const met = indicators.filter(({ status }) => status === 'met').length;
    // Not isolated, the right-to-left page put the total first ("21 / 19").
    expect(content).toContain(`${number(agreed)} / ${number(subDomains.length)}`);
    expect(content).toContain(`${number(met)} / ${number(indicators.length)}`);
    // The item with only a target date once printed "31 – — مارس 2027".
    const plan = sectionText(squeeze(content), 'Action plan', ['Cross-cutting enablers']);
    expect(plan).toContain('By');
    expect(plan).not.toMatch(/[–—]{2}/);
  });
});
