import type { AgreedResult, Gap, UnmetRating } from '../../../domain/assessment/index.js';
import type { AssessmentDocument } from '../../../domain/assessment-document/index.js';
import type { FrameworkView } from '../../../domain/framework/index.js';
import {
  NOT_RATED_WORD,
  PLAN_STATUS_WORDS,
  PRIORITY_WORDS,
  STAGE_COLOURS,
  STATUS_WORDS,
  resultWord,
  stageWord,
} from '../report-model/labels.js';
import {
  reportModel,
  type CapabilityReport,
  type ReportModel,
  type SubDomainReport,
} from '../report-model/report-model.js';
import { escapeHtml, html, SafeHtml } from './html.js';
import { reportFormat, type DateSpan, type ReportFormat } from './report-format.js';
import { REPORT_CSS } from './report-styles.js';

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'dv', 'yi']);

function direction(locale: string): 'rtl' | 'ltr' {
  return RTL_LANGUAGES.has(locale.split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

/**
 * A date or number as the locale writes it, isolated so that the words around it, running in the
 * other direction, cannot reorder its parts ("31 مارس 2027" in an English sentence).
 */
function isolated(text: string): SafeHtml {
  return html`<bdi>${text}</bdi>`;
}

/**
 * "196 / 297", left to right on every page, as numbers joined by a slash read in Arabic too:
 * unisolated, a right-to-left page puts the total first.
 */
function fraction(part: string, whole: string): SafeHtml {
  return html`<bdi dir="ltr">${isolated(part)} / ${isolated(whole)}</bdi>`;
}

const SPAN_WORDS = { from: 'From', by: 'By' } as const;

/**
 * Dates on a line of their own (a plan cell, the cover's period). A range in the locale's words is
 * all the line holds, so the line takes its direction and alignment from it; a single date sits
 * beside an English word and is isolated from it.
 */
function dateSpan(span: DateSpan): SafeHtml {
  if (span.kind === 'none') return html`—`;
  if (span.kind === 'range') return html`${span.text}`;
  return html`${SPAN_WORDS[span.kind]} ${isolated(span.text)}`;
}

/** Text whose line breaks a person typed; built by hand so no template whitespace gets in. */
function preText(text: string): SafeHtml {
  return new SafeHtml(`<span class="pre">${escapeHtml(text)}</span>`);
}

function resultBlock(result: AgreedResult, model: ReportModel, suggestion: string): SafeHtml {
  const note =
    result.kind === 'stage'
      ? result.rationale
      : result.kind === 'not-applicable'
        ? result.reason
        : '';
  return html`<div class="result">
    <p>
      <strong>Agreed: ${resultWord(result, model.stageTitle)}</strong>
      <span class="muted"> · ${suggestion}</span>
    </p>
    ${note ? html`<p>${preText(note)}</p>` : ''}
  </div>`;
}

function cover(model: ReportModel, format: ReportFormat): SafeHtml {
  const { document } = model;
  const { assessment } = document.record;
  return html`<div class="cover">
    <p class="kicker">${model.frameworkTitle}</p>
    <h1>${assessment.title}</h1>
    <dl>
      <dt>Organisation</dt>
      <dd>${document.source.organisationName} (${document.source.countryCode})</dd>
      <dt>Lead body</dt>
      <dd>${assessment.leadBody}</dd>
      <dt>Period</dt>
      <dd>${dateSpan(format.span(assessment.periodStart, assessment.periodEnd))}</dd>
      <dt>Framework</dt>
      <dd>${document.framework.key} ${document.framework.version}</dd>
      <dt>Status</dt>
      <dd>
        ${document.source.finalisedAt ? html`Finalised on ${isolated(format.date(document.source.finalisedAt))}` : 'Draft: not finalised'}
      </dd>
      <dt>Exported</dt>
      <dd>${format.date(document.exportedAt)}</dd>
      <dt>Who took part</dt>
      <dd>${document.contributions.participants.map((p) => p.displayName).join(', ') || '—'}</dd>
    </dl>
  </div>`;
}

function summary(model: ReportModel, format: ReportFormat): SafeHtml {
  const { record } = model.document;
  const subDomains = model.capabilities.flatMap((c) => c.subDomains);
  const agreed = subDomains.filter((s) => s.result.kind === 'stage');
  const met = record.indicators.filter((i) => i.status === 'met').length;
  const rated = record.indicators.filter((i) => i.status !== null).length;
  return html`<section>
    <h2>Summary</h2>
    <div class="figures">
      <div class="figure">
        <strong>${fraction(format.number(agreed.length), format.number(subDomains.length))}</strong
        >sub-domains with an agreed stage
      </div>
      <div class="figure">
        <strong>${fraction(format.number(met), format.number(record.indicators.length))}</strong
        >indicators met (${isolated(format.number(rated))} rated)
      </div>
      <div class="figure">
        <strong>${isolated(format.number(record.plan.length))}</strong>actions in the plan
      </div>
    </div>
    <h3>Capabilities</h3>
    ${capabilityChart(model)} ${strengthsAndGaps(model)}
    ${
      model.flags.length > 0
        ? html`<h3>Imbalances between interdependent sub-domains</h3>
            ${model.flags.map(
              (f) =>
                html`<p class="flag">
                  ${f.subDomainTitle} is at stage ${f.stage}, ${f.gap} stages above
                  ${f.dependsOnTitle} (stage ${f.dependencyStage}), which it depends on.
                </p>`,
            )}`
        : ''
    }
  </section>`;
}

/**
 * Strengths and gaps as the results summary in the application shows them (`resultHighlights`),
 * so the printed report and the screen name the same sub-domains. Unmet indicators are given by
 * their number in the sub-domain's section, where their text and evidence are.
 */
function strengthsAndGaps(model: ReportModel): SafeHtml {
  const subDomains = model.capabilities.flatMap((capability) => capability.subDomains);
  const byKey = new Map(subDomains.map((subDomain) => [subDomain.key, subDomain]));
  const indicatorNumbers = new Map(
    subDomains.flatMap((subDomain) =>
      subDomain.stages.flatMap((stage) =>
        stage.indicators.map(({ key }, index) => [key, `${stage.number}.${index + 1}`] as const),
      ),
    ),
  );
  const atStage = (key: string, stage: number) => {
    const subDomain = byKey.get(key);
    const name = subDomain ? `${subDomain.number}. ${subDomain.title}` : key;
    return `${name} — ${stageWord(stage, model.stageTitle(stage))}`;
  };
  const ratingWord = (rating: UnmetRating) =>
    rating === 'unrated' ? NOT_RATED_WORD : STATUS_WORDS[rating];
  const gapItem = ({ subDomain, stage, reasons, unmet }: Gap) => {
    const lowest = reasons.includes('lowest-stage')
      ? html` <span class="tag">Lowest stage agreed</span>`
      : '';
    const indicators = unmet
      .map(
        ({ indicator, rating }) =>
          `${indicatorNumbers.get(indicator) ?? indicator} (${ratingWord(rating)})`,
      )
      .join(', ');
    return html`<li>
      ${atStage(subDomain, stage)}${lowest}${indicators ? html`<br /><span class="muted">Not met at or below the agreed stage: ${indicators}</span>` : ''}
    </li>`;
  };
  const { strengths, gaps } = model.highlights;
  return html`<h3>Strengths</h3>
    <p class="muted">Sub-domains agreed at stage 3 (integration) or stage 4 (maturity).</p>
    ${
      strengths.length === 0
        ? html`<p class="muted">None.</p>`
        : html`<ul>
            ${strengths.map(({ subDomain, stage }) => html`<li>${atStage(subDomain, stage)}</li>`)}
          </ul>`
    }
    <h3>Gaps</h3>
    <p class="muted">
      Sub-domains at the lowest stage agreed in this assessment (when below stage 3), and any with
      indicators not met at or below its agreed stage.
    </p>
    ${
      gaps.length === 0
        ? html`<p class="muted">None.</p>`
        : html`<ul>
            ${gaps.map(gapItem)}
          </ul>`
    }`;
}

/** Horizontal bars of each capability's agreed stage (0–4), with the stage written beside each bar. */
function capabilityChart(model: ReportModel): SafeHtml {
  const labelWidth = 230;
  const barWidth = 300;
  const rowHeight = 30;
  const height = model.capabilities.length * rowHeight + 30;
  const rows = model.capabilities.map((capability, index) => {
    const stage = capability.result.kind === 'stage' ? capability.result.stage : 0;
    const y = index * rowHeight + 4;
    const width = (barWidth * stage) / 4;
    return html`<g>
      <text x="${labelWidth - 8}" y="${y + 17}" text-anchor="end" font-size="12"
        >${capability.title}</text
      >
      <rect x="${labelWidth}" y="${y}" width="${barWidth}" height="22" fill="#f0f3f6" />
      ${stage > 0 ? html`<rect x="${labelWidth}" y="${y}" width="${width}" height="22" fill="#${STAGE_COLOURS[stage - 1] ?? 'cccccc'}" stroke="#1f5f8f" stroke-width="0.5" />` : ''}
      <text x="${labelWidth + barWidth + 8}" y="${y + 17}" font-size="12"
        >${resultWord(capability.result, model.stageTitle)}</text
      >
    </g>`;
  });
  const ticks = [1, 2, 3, 4].map(
    (stage) =>
      html`<line
          x1="${labelWidth + (barWidth * stage) / 4}"
          x2="${labelWidth + (barWidth * stage) / 4}"
          y1="0"
          y2="${height - 26}"
          stroke="#9aa9b8"
          stroke-dasharray="2 2"
        />
        <text
          x="${labelWidth + (barWidth * stage) / 4}"
          y="${height - 10}"
          text-anchor="middle"
          font-size="10"
          >${stage}</text
        >`,
  );
  return html`<svg
    class="chart"
    role="img"
    aria-label="Agreed stage of each capability"
    viewBox="0 0 ${labelWidth + barWidth + 150} ${height}"
    direction="ltr"
    font-family="Noto Sans, Noto Sans Arabic, Noto Sans CJK SC, sans-serif"
  >
    ${rows}${ticks}
  </svg>`;
}

function heatMap(model: ReportModel): SafeHtml {
  const legend = model.stages.map(
    (stage) =>
      html`<span
        ><span class="swatch" style="background:#${STAGE_COLOURS[stage.number - 1] ?? 'fff'}"></span
        >${stageWord(stage.number, stage.title)}</span
      >`,
  );
  const rows = model.capabilities.map(
    (capability) =>
      html`<tr class="group">
          <td colspan="6">
            ${capability.title} · ${resultWord(capability.result, model.stageTitle)}
          </td>
        </tr>
        ${capability.subDomains.map((subDomain) => {
          const agreed = subDomain.result.kind === 'stage' ? subDomain.result.stage : 0;
          const cells = subDomain.counts.map((count) => {
            if (subDomain.result.kind === 'not-applicable') {
              return html`<td class="stage na">n/a</td>`;
            }
            const reached = count.stage <= agreed;
            const style = reached ? `background:#${STAGE_COLOURS[count.stage - 1] ?? 'fff'}` : '';
            return html`<td
              class="stage ${reached ? `reached-${count.stage}` : ''}"
              style="${style}"
            >
              ${count.met}/${count.total}
            </td>`;
          });
          return html`<tr>
            <td>${subDomain.number}. ${subDomain.title}</td>
            ${cells}
            <td>${resultWord(subDomain.result, model.stageTitle)}</td>
          </tr>`;
        })}`,
  );
  return html`<section>
    <h2>Heat map</h2>
    <p class="muted">
      Coloured cells: stages up to the agreed stage. Figures: indicators met of the stage's
      indicators, so progress that is not linear stays visible.
    </p>
    <div class="legend">
      ${legend}<span><span class="swatch" style="background:#e3e3e3"></span>Not applicable</span>
    </div>
    <table class="heat">
      <thead>
        <tr>
          <th>Sub-domain</th>
          ${model.stages.map((s) => html`<th>${stageWord(s.number, s.title)}</th>`)}
          <th>Agreed stage</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
  </section>`;
}

function statusCell(status: string | null): SafeHtml {
  const word = status ? STATUS_WORDS[status as keyof typeof STATUS_WORDS] : NOT_RATED_WORD;
  return html`<td class="status-${status ?? 'unrated'}">${word}</td>`;
}

function subDomainSection(subDomain: SubDomainReport, model: ReportModel): SafeHtml {
  const suggestion = subDomain.suggested
    ? `suggested by the checklist: ${stageWord(subDomain.suggested, model.stageTitle(subDomain.suggested))}`
    : 'no stage suggested by the checklist yet';
  return html`<div class="subdomain">
    <h3>${subDomain.number}. ${subDomain.title}</h3>
    ${resultBlock(subDomain.result, model, suggestion)}
    <table>
      <thead>
        <tr>
          <th style="inline-size:8%">No.</th>
          <th>Indicator</th>
          <th style="inline-size:13%">Status</th>
          <th style="inline-size:32%">Evidence</th>
        </tr>
      </thead>
      <tbody>
        ${subDomain.stages.map(
          (stage) =>
            html`<tr>
                <td colspan="4">
                  <strong>${stageWord(stage.number, stage.title)}</strong> ·
                  <span class="muted">${stage.summary}</span>
                </td>
              </tr>
              ${stage.indicators.map(
                ({ text, entry }, index) =>
                  html`<tr>
                    <td>${stage.number}.${index + 1}</td>
                    <td>${text}</td>
                    ${statusCell(entry.status)}
                    <td>
                      ${preText(entry.evidence)}${entry.links.length + entry.files.length > 0 ? html`<br /><span class="muted">See appendix: ${entry.key}</span>` : ''}
                    </td>
                  </tr>`,
              )}`,
        )}
      </tbody>
    </table>
    ${
      subDomain.proposals.length > 0
        ? html`<h4>Stages proposed by stakeholders</h4>
            <ul>
              ${subDomain.proposals.map(
                (p) =>
                  html`<li>
                    ${p.by}:
                    ${stageWord(p.stage, model.stageTitle(p.stage))}${p.comment ? html` — ${preText(p.comment)}` : ''}
                  </li>`,
              )}
            </ul>`
        : ''
    }
  </div>`;
}

function capabilitySection(capability: CapabilityReport, model: ReportModel): SafeHtml {
  const { suggestedStage } = capability.rollUp;
  const suggestion = suggestedStage
    ? `suggested from the sub-domains: ${stageWord(suggestedStage, model.stageTitle(suggestedStage))}`
    : 'no stage suggested until every sub-domain is agreed';
  return html`<section>
    <h2>${capability.title}</h2>
    ${resultBlock(capability.result, model, suggestion)}
    ${capability.subDomains.map((subDomain) => subDomainSection(subDomain, model))}
  </section>`;
}

function actionPlan(model: ReportModel, format: ReportFormat): SafeHtml {
  return html`<section>
    <h2>Action plan</h2>
    ${
      model.plan.length === 0
        ? html`<p class="muted">No actions have been planned yet.</p>`
        : html`<table class="plan">
            <thead>
              <tr>
                <th style="inline-size:41%">Action</th>
                <th style="inline-size:19%">Sub-domain</th>
                <th style="inline-size:14%">Owner</th>
                <th style="inline-size:7%">Priority</th>
                <th style="inline-size:12%">Dates</th>
                <th style="inline-size:7%">Status</th>
              </tr>
            </thead>
            <tbody>
              ${model.plan.map(
                (item) =>
                  html`<tr>
                    <td>
                      <strong>${item.title}</strong
                      >${item.description ? html`<br />${preText(item.description)}` : ''}${item.targetStage ? html`<br /><span class="muted">Target: ${stageWord(item.targetStage, model.stageTitle(item.targetStage))}</span>` : ''}${item.resourcesNote ? html`<br /><span class="muted">Resources: ${preText(item.resourcesNote)}</span>` : ''}
                    </td>
                    <td>
                      ${item.subDomainNumber}.
                      ${item.subDomainTitle}${item.indicatorKeys.length > 0 ? html`<br /><span class="muted token">${item.indicatorKeys.join(', ')}</span>` : ''}
                    </td>
                    <td>
                      ${item.ownerBody || '—'}${item.contact ? html`<br /><span class="muted token">${item.contact}</span>` : ''}
                    </td>
                    <td>${PRIORITY_WORDS[item.priority]}</td>
                    <td>${dateSpan(format.span(item.startDate, item.targetDate))}</td>
                    <td>${PLAN_STATUS_WORDS[item.status]}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
    }
    ${enablerNotes(model)}
  </section>`;
}

function enablerNotes(model: ReportModel): SafeHtml {
  const noted = model.enablers.filter(({ note }) => note.trim() !== '');
  if (noted.length === 0) return html``;
  return html`<h3>Cross-cutting enablers</h3>
    ${noted.map(
      (enabler) =>
        html`<h4>${enabler.title}</h4>
          <p>${preText(enabler.note)}</p>`,
    )}`;
}

function evidenceAppendix(model: ReportModel, format: ReportFormat): SafeHtml {
  const entries = model.capabilities.flatMap((capability) =>
    capability.subDomains.flatMap((subDomain) =>
      subDomain.stages.flatMap((stage) =>
        stage.indicators
          .filter(({ entry }) => entry.links.length + entry.files.length > 0)
          .map(({ key, text, entry }) => ({ key, text, entry, subDomain })),
      ),
    ),
  );
  return html`<section>
    <h2>Evidence appendix</h2>
    ${
      entries.length === 0
        ? html`<p class="muted">No links or files were attached as evidence.</p>`
        : html`<table>
            <thead>
              <tr>
                <th style="inline-size:30%">Indicator</th>
                <th>Links</th>
                <th>Files</th>
              </tr>
            </thead>
            <tbody>
              ${entries.map(
                ({ key, text, entry, subDomain }) =>
                  html`<tr>
                    <td>
                      <strong>${key}</strong><br />${subDomain.number}. ${subDomain.title}<br /><span
                        class="muted"
                        >${text}</span
                      >
                    </td>
                    <td>
                      ${entry.links.map((link) => html`<a href="${link.url}">${link.label || link.url}</a>${link.label ? html`<br /><span class="muted">${link.url}</span>` : ''}<br />`)}
                    </td>
                    <td>
                      ${entry.files.map((file) => html`${file.name} (${isolated(format.number(Math.ceil(file.bytes / 1024)))} KB)<br /><span class="muted">sha256 ${file.sha256.slice(0, 16)}…</span><br />`)}
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>`
    }
  </section>`;
}

/**
 * The report as one self-contained HTML page (no scripts, no external resources): what Chromium
 * prints to PDF, and what a person without Chromium on the server can print from a browser.
 */
export function assessmentReportHtml(
  document: AssessmentDocument,
  framework: FrameworkView,
  locale: string,
): string {
  const model = reportModel(document, framework, locale);
  const format = reportFormat(locale);
  return html`<!doctype html>
    <html lang="${locale}" dir="${direction(locale)}">
      <head>
        <meta charset="utf-8" />
        <meta
          http-equiv="Content-Security-Policy"
          content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"
        />
        <title>${document.record.assessment.title}</title>
        <style>
          ${new SafeHtml(REPORT_CSS)}
        </style>
      </head>
      <body>
        ${cover(model, format)} ${summary(model, format)} ${heatMap(model)}
        ${model.capabilities.map((capability) => capabilitySection(capability, model))}
        ${actionPlan(model, format)} ${evidenceAppendix(model, format)}
      </body>
    </html>`.value;
}
