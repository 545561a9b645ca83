import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AssessmentOverview } from '../../../domain/assessment/api/index.js';
import type { FrameworkView } from '../../../domain/framework/index.js';
import { assessmentPath } from '../../assessments/paths.js';
import { useFormatCalendarDate, useFormatDateTime } from '../../i18n/use-format-date.js';
import { useLocalize } from '../../i18n/use-localize.js';
import { ORGANISATIONS_PATH, organisationPath } from '../../organisations/paths.js';
import { Breadcrumb } from '../../components/Breadcrumb.js';

/** Where the assessment belongs, what it covers, and whether it can still change. */
export function AssessmentIntro({
  overview,
  framework,
}: {
  overview: AssessmentOverview;
  framework: FrameworkView;
}) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const formatDate = useFormatCalendarDate();
  const formatDateTime = useFormatDateTime();
  const { assessment, organisationName } = overview;
  return (
    <>
      <Breadcrumb
        trail={[
          { label: t('organisations.title'), to: ORGANISATIONS_PATH },
          { label: organisationName, to: organisationPath(assessment.organisationId) },
        ]}
        current={assessment.title}
      />
      <div className="page-intro">
        <p className="eyebrow">{t('assessment.eyebrow', { organisation: organisationName })}</p>
        <h1>{assessment.title}</h1>
        <dl className="facts">
          <div>
            <dt>{t('assessment.period')}</dt>
            <dd>
              {t('assessment.periodRange', {
                start: formatDate(assessment.periodStart),
                end: formatDate(assessment.periodEnd),
              })}
            </dd>
          </div>
          <div>
            <dt>{t('assessment.leadBody')}</dt>
            <dd>{assessment.leadBody}</dd>
          </div>
          <div>
            <dt>{t('assessment.state')}</dt>
            <dd>
              <span className={`state-tag state-tag--${assessment.state}`}>
                {t(`assessmentState.${assessment.state}`)}
              </span>
            </dd>
          </div>
          <div>
            <dt>{t('assessment.framework')}</dt>
            <dd>
              {t('assessment.frameworkVersion', {
                title: localize(framework.title),
                version: assessment.frameworkVersion,
              })}
            </dd>
          </div>
          {assessment.copiedFromId && (
            <div>
              <dt>{t('assessment.copiedFrom')}</dt>
              <dd>
                <Link to={assessmentPath(assessment.copiedFromId)}>
                  {t('assessment.previousCycle')}
                </Link>
              </dd>
            </div>
          )}
        </dl>
        {assessment.finalisedAt && (
          <p className="notice notice--locked">
            {t('assessment.finalisedNotice', { when: formatDateTime(assessment.finalisedAt) })}
          </p>
        )}
      </div>
    </>
  );
}
