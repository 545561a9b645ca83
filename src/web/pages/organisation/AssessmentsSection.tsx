import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../domain/access/index.js';
import type { AssessmentSummary } from '../../../domain/assessment/api/index.js';
import type { OrganisationView } from '../../../domain/organisations/index.js';
import { useResource } from '../../api/use-resource.js';
import { assessmentsApi } from '../../assessments/assessments.api.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { LoadingStatus } from '../../components/LoadingStatus.js';
import { actorOf } from '../../session/actor.js';
import { useCurrentUser } from '../../session/use-current-user.js';
import { AssessmentItem } from './AssessmentItem.js';
import { StartAssessmentForm } from './StartAssessmentForm.js';

type Starting = { copyFrom: AssessmentSummary | undefined };

/** The organisation's assessment cycles; leads start one, or the next from a finalised one. */
export function AssessmentsSection({ organisation }: { organisation: OrganisationView }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const canStart = can(actorOf(user), 'assessment.manage', organisation.id);
  const load = useCallback(() => assessmentsApi.list(organisation.id), [organisation.id]);
  const list = useResource(load);
  const [starting, setStarting] = useState<Starting>();

  return (
    <section className="section panel" aria-labelledby="assessments-heading">
      <div className="section__header">
        <h2 id="assessments-heading">{t('assessments.heading')}</h2>
        {canStart && !starting && (
          <button
            type="button"
            className="button"
            onClick={() => setStarting({ copyFrom: undefined })}
          >
            {t('assessments.start')}
          </button>
        )}
      </div>
      {starting && (
        <StartAssessmentForm
          key={starting.copyFrom?.id ?? 'new'}
          organisation={organisation}
          copyFrom={starting.copyFrom}
          onCancel={() => setStarting(undefined)}
        />
      )}
      {list.status === 'loading' ? (
        <LoadingStatus message={t('status.loadingAssessments')} />
      ) : list.status === 'error' ? (
        <ErrorAlert
          heading={t('errors.assessmentsUnavailable')}
          error={list.error}
          onRetry={list.reload}
        />
      ) : list.data.length === 0 ? (
        <p>{canStart ? t('assessments.noneLead') : t('assessments.none')}</p>
      ) : (
        <ul className="stack-cards">
          {list.data.map((assessment) => (
            <AssessmentItem
              key={assessment.id}
              assessment={assessment}
              onStartNext={
                canStart && assessment.state === 'finalised'
                  ? () => setStarting({ copyFrom: assessment })
                  : undefined
              }
            />
          ))}
        </ul>
      )}
    </section>
  );
}
