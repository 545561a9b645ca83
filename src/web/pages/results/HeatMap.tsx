import { useTranslation } from 'react-i18next';
import type { ResultsSummary } from '../../../domain/assessment/api/index.js';
import { CAPABILITY_KEYS } from '../../../domain/framework/index.js';
import { ScrollRegion } from './ScrollRegion.js';
import type { FrameworkNames } from './framework-names.js';

type SubDomain = ResultsSummary['subDomains'][number];
type StageCount = SubDomain['stageCounts'][number];

/** How much of a stage is met, in three steps the colour and the words both show. */
function level(count: StageCount): 'none' | 'some' | 'all' {
  if (count.total > 0 && count.met === count.total) return 'all';
  return count.met > 0 ? 'some' : 'none';
}

/**
 * The 21 sub-domains against the four stages: each cell says how many of the stage's indicators
 * are met, tinted by how much, and the agreed stage's cell is marked in words as well.
 */
export function HeatMap({
  summary,
  names,
  stageTitle,
}: {
  summary: ResultsSummary;
  names: FrameworkNames;
  stageTitle: (stage: number) => string;
}) {
  const { t } = useTranslation();
  const stages = [1, 2, 3, 4] as const;
  const totals = stages.map((stage) => {
    const counts = summary.subDomains.flatMap((subDomain) =>
      subDomain.stageCounts.filter((count) => count.stage === stage),
    );
    return {
      stage,
      met: counts.reduce((sum, count) => sum + count.met, 0),
      total: counts.reduce((sum, count) => sum + count.total, 0),
    };
  });

  return (
    <section className="section panel results__section" aria-labelledby="heat-map-heading">
      <h2 id="heat-map-heading">{t('results.heatMapHeading')}</h2>
      <p>{t('results.heatMapIntro')}</p>
      <ScrollRegion label={t('results.heatMapCaption')}>
        <table className="data-table heat-map">
          <caption>{t('results.heatMapCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.subDomain')}</th>
              {stages.map((stage) => (
                <th scope="col" key={stage}>
                  {t('result.stage', { stage, title: stageTitle(stage) })}
                </th>
              ))}
              <th scope="col">{t('results.agreed')}</th>
              <th scope="col">{t('results.suggested')}</th>
              <th scope="col">{t('results.target')}</th>
            </tr>
          </thead>
          {CAPABILITY_KEYS.map((capabilityKey) => (
            <tbody key={capabilityKey}>
              <tr className="heat-map__group">
                <th scope="rowgroup" colSpan={8}>
                  {names.capability(capabilityKey)}
                </th>
              </tr>
              {summary.subDomains
                .filter((subDomain) => subDomain.capabilityKey === capabilityKey)
                .map((subDomain) => (
                  <HeatMapRow
                    key={subDomain.key}
                    subDomain={subDomain}
                    title={names.subDomain(subDomain.key)}
                  />
                ))}
            </tbody>
          ))}
          <tfoot>
            <tr>
              <th scope="row">{t('results.allSubDomains')}</th>
              {totals.map((total) => (
                <td key={total.stage}>
                  {t('stageCount.met', { met: total.met, total: total.total })}
                </td>
              ))}
              <td colSpan={3} />
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
    </section>
  );
}

function HeatMapRow({ subDomain, title }: { subDomain: SubDomain; title: string }) {
  const { t } = useTranslation();
  const agreedStage = subDomain.result.kind === 'stage' ? subDomain.result.stage : undefined;
  return (
    <tr>
      <th scope="row">
        <span className="sub-domain-number">
          {t('subDomain.number', { number: subDomain.number })}
        </span>{' '}
        {title}
      </th>
      {subDomain.stageCounts.map((count) => {
        const agreedHere = count.stage === agreedStage;
        return (
          <td
            key={count.stage}
            className={`heat-map__cell heat-map__cell--${level(count)}${agreedHere ? ` heat-map__cell--agreed stage-${count.stage}` : ''}`}
          >
            <span>{t('stageCount.met', { met: count.met, total: count.total })}</span>
            <span className="heat-map__level">{t(`results.level.${level(count)}`)}</span>
            {agreedHere && <strong className="heat-map__agreed">{t('results.agreedHere')}</strong>}
          </td>
        );
      })}
      <td>
        {subDomain.result.kind === 'stage'
          ? t('stage.number', { number: subDomain.result.stage })
          : subDomain.result.kind === 'not-applicable'
            ? t('result.notApplicable')
            : t('result.notAgreed')}
      </td>
      <td>
        {subDomain.suggestedStage === 0
          ? t('results.noStageYet')
          : t('stage.number', { number: subDomain.suggestedStage })}
      </td>
      <td>
        {subDomain.targetStage === null
          ? t('results.noTarget')
          : t('stage.number', { number: subDomain.targetStage })}
      </td>
    </tr>
  );
}
