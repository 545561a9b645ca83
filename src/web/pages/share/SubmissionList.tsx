import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSharing, SubmissionSummary } from '../../../domain/sharing/index.js';
import { asApiError } from '../../api/api-error.js';
import { explainError } from '../../api/explain-error.js';
import { ConfirmAction } from '../../components/ConfirmAction.js';
import { useFormatDateTime, useFormatDateTimeToSecond } from '../../i18n/use-format-date.js';
import { distinctMoments } from './distinct-moments.js';
import { sharingApi, submissionFilePath, withdrawalFilePath } from './sharing.api.js';

/** What was shared of this assessment, newest first, and what the lead can still do with each. */
export function SubmissionList({
  assessmentId,
  sharing,
  onChanged,
}: {
  assessmentId: string;
  sharing: AssessmentSharing;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const toMinute = useFormatDateTime();
  const toSecond = useFormatDateTimeToSecond();
  // Each submission's buttons are named by when it was made, so no two may read alike.
  const whenMade = useMemo(() => {
    const texts = distinctMoments(
      sharing.submissions.map((submission) => ({ id: submission.id, at: submission.createdAt })),
      {
        toMinute,
        toSecond,
        numbered: (when, number, count) => t('sharing.numberedMoment', { when, number, count }),
      },
    );
    return (made: { id: string; createdAt: string }) =>
      texts.get(made.id) ?? toMinute(made.createdAt);
  }, [sharing.submissions, toMinute, toSecond, t]);
  return (
    <section className="section" aria-labelledby="submissions-heading">
      <h2 id="submissions-heading">{t('sharing.listHeading')}</h2>
      {sharing.submissions.length === 0 ? (
        <p>{t('sharing.none')}</p>
      ) : (
        <ul className="member-list">
          {sharing.submissions.map((submission) => (
            <SubmissionItem
              key={submission.id}
              assessmentId={assessmentId}
              submission={submission}
              whenMade={whenMade}
              sharing={sharing}
              onChanged={onChanged}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function SubmissionItem({
  assessmentId,
  submission,
  whenMade,
  sharing,
  onChanged,
}: {
  assessmentId: string;
  submission: SubmissionSummary;
  /** When a submission of the list was made, written so that no other reads alike. */
  whenMade: (made: { id: string; createdAt: string }) => string;
  sharing: AssessmentSharing;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const [withdrawing, setWithdrawing] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [sending, setSending] = useState(false);
  const destination =
    sharing.destination.kind === 'remote'
      ? t('sharing.toRemote', { url: sharing.destination.url })
      : t('sharing.toThisInstance');
  const sentTo = submission.sentTo ?? t('sharing.thisInstance');
  const made = whenMade(submission);

  async function send() {
    if (sending) return;
    setSending(true);
    setProblem(undefined);
    try {
      await sharingApi.send(assessmentId, submission.id);
      onChanged();
    } catch (error) {
      setProblem(explainError(asApiError(error), t));
    } finally {
      setSending(false);
    }
  }

  return (
    <li className="member">
      <h3 className="member__name">{t('sharing.itemHeading', { cycle: submission.cycle })}</h3>
      <p>
        {t(`sharing.scope.${submission.scope}`)} ·{' '}
        {submission.knowledgeExchange ? t('sharing.exchangeYes') : t('sharing.exchangeNo')}
      </p>
      <p>{t('sharing.made', { who: submission.createdBy.displayName, when: made })}</p>
      {/* The id `mnr withdraw` takes; selected whole with one click, to copy. */}
      <dl className="submission-id">
        <dt>{t('sharing.submissionId')}</dt>
        <dd>
          <code>{submission.id}</code>
        </dd>
      </dl>
      <p className="member__status">
        {submission.state === 'withdrawn' && submission.withdrawnAt
          ? t('sharing.stateWithdrawn', {
              who: submission.withdrawnBy?.displayName ?? '',
              when: formatDateTime(submission.withdrawnAt),
            })
          : submission.state === 'replaced' && submission.replacedBy
            ? t('sharing.stateReplaced', { when: whenMade(submission.replacedBy) })
            : submission.state === 'removed'
              ? t('sharing.stateRemoved')
              : submission.state === 'sent' && submission.sentAt
                ? t('sharing.stateSent', { when: formatDateTime(submission.sentAt), to: sentTo })
                : t('sharing.stateMade')}
      </p>
      {submission.state === 'withdrawn' && sharing.canManage && (
        <p>{t('sharing.withdrawalFileHint')}</p>
      )}
      {problem && (
        <p className="inline-problem" role="alert">
          {problem}
        </p>
      )}
      {sharing.canManage && (
        <div className="actions">
          {submission.state === 'withdrawn' ? (
            <a
              className="button button--secondary"
              href={withdrawalFilePath(assessmentId, submission.id)}
              download
            >
              {t('sharing.downloadWithdrawal', { when: made })}
            </a>
          ) : (
            <a
              className="button button--secondary"
              href={submissionFilePath(assessmentId, submission.id)}
              download
            >
              {t('sharing.download', { when: made })}
            </a>
          )}
          {submission.state !== 'withdrawn' && !withdrawing && (
            <>
              {submission.state !== 'replaced' && (
                <button
                  type="button"
                  className="button"
                  aria-disabled={sending || undefined}
                  onClick={() => void send()}
                >
                  {submission.state === 'sent' || submission.state === 'removed'
                    ? t('sharing.sendAgain', { when: made, destination })
                    : t('sharing.send', { when: made, destination })}
                </button>
              )}
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setWithdrawing(true)}
              >
                {t('sharing.withdraw', { when: made })}
              </button>
            </>
          )}
        </div>
      )}
      {withdrawing && (
        <ConfirmAction
          question={t('sharing.withdrawQuestion', { cycle: submission.cycle, when: made })}
          confirmLabel={t('sharing.withdrawConfirm')}
          onConfirm={async () => {
            await sharingApi.withdraw(assessmentId, submission.id);
            setWithdrawing(false);
            onChanged();
          }}
          onCancel={() => setWithdrawing(false)}
        >
          <p>
            {submission.state === 'sent'
              ? t('sharing.withdrawDeletesSent', { to: sentTo })
              : t('sharing.withdrawRecorded')}{' '}
            {t('sharing.withdrawFileNote')}
          </p>
        </ConfirmAction>
      )}
    </li>
  );
}
