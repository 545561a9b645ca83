import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../results/ScrollRegion.js';
import type { CycleComparisonView } from '../../../domain/assessment/api/index.js';

type Change = CycleComparisonView['subDomains'][number];

/** Stage changes, each said in words ("up 1 stage"); the arrow beside it is decoration. */
export function ChangeTable({
  caption,
  keyHeading,
  changes,
  name,
  earlier,
  later,
}: {
  caption: string;
  keyHeading: string;
  changes: readonly Change[];
  name: (key: string) => string;
  earlier: string;
  later: string;
}) {
  const { t } = useTranslation();
  const kindWords = (kind: Change['earlier']) =>
    kind === 'not-applicable' ? t('result.notApplicable') : t('result.notAgreed');

  return (
    <ScrollRegion label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{keyHeading}</th>
            <th scope="col">{earlier}</th>
            <th scope="col">{later}</th>
            <th scope="col">{t('comparison.change')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.key}>
              <th scope="row">{name(change.key)}</th>
              {change.kind === 'compared' ? (
                <>
                  <td>{t('stage.number', { number: change.earlier })}</td>
                  <td>{t('stage.number', { number: change.later })}</td>
                  <td
                    className={`change change--${change.delta > 0 ? 'up' : change.delta < 0 ? 'down' : 'same'}`}
                  >
                    <span aria-hidden="true" className="change__arrow">
                      {change.delta > 0 ? '▲' : change.delta < 0 ? '▼' : '●'}
                    </span>{' '}
                    {change.delta > 0
                      ? t('comparison.up', { count: change.delta })
                      : change.delta < 0
                        ? t('comparison.down', { count: -change.delta })
                        : t('comparison.same')}
                  </td>
                </>
              ) : (
                <>
                  <td>
                    {change.earlierStage !== null
                      ? t('stage.number', { number: change.earlierStage })
                      : kindWords(change.earlier)}
                  </td>
                  <td>
                    {change.laterStage !== null
                      ? t('stage.number', { number: change.laterStage })
                      : kindWords(change.later)}
                  </td>
                  <td className="change change--none">{t('comparison.notComparable')}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
