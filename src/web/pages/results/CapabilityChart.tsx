import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultsSummary } from '../../../domain/assessment/api/index.js';
import type { AgreedResult } from '../../../domain/assessment/index.js';
import type { FrameworkNames } from './framework-names.js';
import { ScrollRegion } from './ScrollRegion.js';

type Capability = ResultsSummary['capabilities'][number];

const LABEL_WIDTH = 220;
const PLOT_WIDTH = 400;
const BAR_HEIGHT = 16;
const ROW_HEIGHT = 56;
const TOP = 28;
/** Room after the stage 4 line for the value written beside the longest bar. */
const VALUE_ROOM = 150;
const STAGES = [1, 2, 3, 4] as const;

const x = (stage: number) => LABEL_WIDTH + (stage / 4) * PLOT_WIDTH;

function agreedStage(result: AgreedResult): number | undefined {
  return result.kind === 'stage' ? result.stage : undefined;
}

/**
 * Each capability's agreed stage beside its target, as horizontal bars on a 0–4 stage scale. The
 * chart is an image with a title and a description; the table after it holds the same figures.
 */
export function CapabilityChart({
  summary,
  names,
  stageTitle,
}: {
  summary: ResultsSummary;
  names: FrameworkNames;
  stageTitle: (stage: number) => string;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const descId = useId();
  const capabilities = summary.capabilities;
  const height = TOP + capabilities.length * ROW_HEIGHT + 8;

  const resultWords = (result: AgreedResult) =>
    result.kind === 'stage'
      ? t('results.stageWord', { stage: result.stage, title: stageTitle(result.stage) })
      : result.kind === 'not-applicable'
        ? t('result.notApplicable')
        : t('result.notAgreed');
  const targetWords = (capability: Capability) =>
    capability.targetStage === null
      ? t('results.noTarget')
      : t('results.stageWord', {
          stage: capability.targetStage,
          title: stageTitle(capability.targetStage),
        });
  const description = capabilities
    .map((capability) =>
      t('results.chartCapability', {
        capability: names.capability(capability.key),
        agreed: resultWords(capability.result),
        target: targetWords(capability),
      }),
    )
    .join(' ');

  return (
    <section className="section panel results__section" aria-labelledby="capabilities-heading">
      <h2 id="capabilities-heading">{t('results.capabilitiesHeading')}</h2>
      <figure className="chart">
        <ScrollRegion label={t('results.chartTitle')}>
          <svg
            className="chart__svg"
            viewBox={`0 0 ${LABEL_WIDTH + PLOT_WIDTH + VALUE_ROOM} ${height}`}
            role="img"
            aria-labelledby={`${titleId} ${descId}`}
          >
            <title id={titleId}>{t('results.chartTitle')}</title>
            <desc id={descId}>{description}</desc>
            {STAGES.map((stage) => (
              <g key={stage} aria-hidden="true">
                <line
                  className="chart__grid"
                  x1={x(stage)}
                  x2={x(stage)}
                  y1={TOP - 6}
                  y2={height - 8}
                />
                <text className="chart__axis" x={x(stage)} y={TOP - 12} textAnchor="middle">
                  {t('stage.number', { number: stage })}
                </text>
              </g>
            ))}
            {capabilities.map((capability, index) => {
              const top = TOP + index * ROW_HEIGHT;
              const agreed = agreedStage(capability.result);
              const target = capability.targetStage;
              return (
                <g key={capability.key} aria-hidden="true">
                  <text className="chart__label" x={0} y={top + BAR_HEIGHT + 6}>
                    {names.capability(capability.key)}
                  </text>
                  {agreed !== undefined ? (
                    <rect
                      className={`chart__bar chart__bar--stage-${agreed}`}
                      x={LABEL_WIDTH}
                      y={top + 4}
                      width={x(agreed) - LABEL_WIDTH}
                      height={BAR_HEIGHT}
                    />
                  ) : null}
                  <text
                    className="chart__value"
                    x={(agreed === undefined ? LABEL_WIDTH : x(agreed)) + 6}
                    y={top + 4 + BAR_HEIGHT - 3}
                  >
                    {agreed === undefined
                      ? resultWords(capability.result)
                      : t('results.chartAgreed', { stage: agreed })}
                  </text>
                  {target !== null ? (
                    <rect
                      className="chart__bar chart__bar--target"
                      x={LABEL_WIDTH}
                      y={top + 8 + BAR_HEIGHT}
                      width={x(target) - LABEL_WIDTH}
                      height={BAR_HEIGHT}
                    />
                  ) : null}
                  <text
                    className="chart__value chart__value--target"
                    x={(target === null ? LABEL_WIDTH : x(target)) + 6}
                    y={top + 8 + 2 * BAR_HEIGHT - 3}
                  >
                    {target === null
                      ? t('results.noTarget')
                      : t('results.chartTarget', { stage: target })}
                  </text>
                </g>
              );
            })}
          </svg>
        </ScrollRegion>
        <figcaption className="chart__legend">
          <span className="chart__key chart__key--agreed">{t('results.legendAgreed')}</span>
          <span className="chart__key chart__key--target">{t('results.legendTarget')}</span>
        </figcaption>
      </figure>
      <ScrollRegion label={t('results.capabilityTableCaption')}>
        <table className="data-table">
          <caption>{t('results.capabilityTableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.capability')}</th>
              <th scope="col">{t('results.agreed')}</th>
              <th scope="col">{t('results.suggested')}</th>
              <th scope="col">{t('results.spread')}</th>
              <th scope="col">{t('results.target')}</th>
            </tr>
          </thead>
          <tbody>
            {capabilities.map((capability) => (
              <tr key={capability.key}>
                <th scope="row">{names.capability(capability.key)}</th>
                <td>{resultWords(capability.result)}</td>
                <td>
                  {capability.suggestedStage === null
                    ? t('results.noSuggestion')
                    : t('results.stageWord', {
                        stage: capability.suggestedStage,
                        title: stageTitle(capability.suggestedStage),
                      })}
                </td>
                <td>
                  {capability.spread.min === null || capability.spread.max === null
                    ? t('capability.noneAgreed')
                    : capability.spread.min === capability.spread.max
                      ? t('capability.spreadOne', { stage: capability.spread.min })
                      : t('capability.spreadRange', {
                          min: capability.spread.min,
                          max: capability.spread.max,
                        })}
                </td>
                <td>{targetWords(capability)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
