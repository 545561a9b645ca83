import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ReceivedSubmissionView } from '../../../../domain/sharing/index.js';
import { ConfirmAction } from '../../../components/ConfirmAction.js';
import { useFormatDateTime } from '../../../i18n/use-format-date.js';
import { noticeState } from '../../../layout/FlashNotice.js';
import { SUBMISSIONS_PATH, submissionsApi } from './submissions.api.js';

/**
 * Removes a submission that should not be held, such as one signed by a key the country does not
 * know. It asks first; once removed, the list says what went.
 */
export function RemoveSubmission({ submission }: { submission: ReceivedSubmissionView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const formatDateTime = useFormatDateTime();
  const [asking, setAsking] = useState(false);
  const removeButton = useRef<HTMLButtonElement>(null);
  const cancelled = useRef(false);
  const what = {
    country: submission.countryName,
    cycle: submission.cycle,
    made: formatDateTime(submission.createdAt),
  };

  // Back from the question, focus returns to the button that asked it.
  useEffect(() => {
    if (!asking && cancelled.current) removeButton.current?.focus();
  }, [asking]);

  return (
    <section className="section panel" aria-labelledby="remove-heading">
      <h2 id="remove-heading">{t('secretariatSubmissions.removeHeading')}</h2>
      <p>{t('secretariatSubmissions.removeIntro')}</p>
      {asking ? (
        <ConfirmAction
          question={t('secretariatSubmissions.removeQuestion', what)}
          confirmLabel={t('secretariatSubmissions.confirmRemove')}
          onConfirm={async () => {
            await submissionsApi.remove(submission.id);
            void navigate(SUBMISSIONS_PATH, {
              state: noticeState(t('secretariatSubmissions.removed', what)),
            });
          }}
          onCancel={() => {
            cancelled.current = true;
            setAsking(false);
          }}
        >
          <p>{t('secretariatSubmissions.removeConsequence')}</p>
        </ConfirmAction>
      ) : (
        <button
          type="button"
          ref={removeButton}
          className="button button--danger"
          onClick={() => setAsking(true)}
        >
          {t('secretariatSubmissions.remove')}
        </button>
      )}
    </section>
  );
}
