import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AssessmentOverview } from '../../../domain/assessment/api/index.js';
import type { SubDomainView } from '../../../domain/framework/index.js';
import { workspacePath } from '../../assessments/paths.js';
import { AgreedResultName } from '../../components/assessment/AgreedResultName.js';
import { useLocalize } from '../../i18n/use-localize.js';
import { StatusTag } from './StatusTag.js';

type SubDomainOverview = AssessmentOverview['subDomains'][number];

/** One sub-domain at a glance: where it stands, what was agreed and suggested, how much is rated. */
export function SubDomainRow({
  assessmentId,
  subDomain,
  overview,
  stageTitle,
}: {
  assessmentId: string;
  subDomain: SubDomainView;
  overview: SubDomainOverview;
  stageTitle: (stage: number) => string;
}) {
  const { t } = useTranslation();
  const localize = useLocalize();
  return (
    <li className="sub-domain-row">
      <Link className="sub-domain-row__link" to={workspacePath(assessmentId, subDomain.key)}>
        <span className="sub-domain-number">
          {t('subDomain.number', { number: subDomain.number })}
        </span>{' '}
        <span className="sub-domain-link__title">{localize(subDomain.title)}</span>
      </Link>
      <dl className="sub-domain-row__facts">
        <div>
          <dt>{t('assessment.status')}</dt>
          <dd>
            <StatusTag status={overview.status} />
          </dd>
        </div>
        <div>
          <dt>{t('result.agreed')}</dt>
          <dd>
            <AgreedResultName result={overview.result} stageTitle={stageTitle} />
          </dd>
        </div>
        <div>
          <dt>{t('result.suggested')}</dt>
          <dd>
            {overview.suggestedStage === 0
              ? t('result.noneYet')
              : t('stage.number', { number: overview.suggestedStage })}
          </dd>
        </div>
        <div>
          <dt>{t('assessment.indicatorsRated')}</dt>
          <dd>
            {t('assessment.ratedOf', {
              rated: overview.indicatorsRated,
              total: overview.indicatorsTotal,
            })}
          </dd>
        </div>
      </dl>
    </li>
  );
}
