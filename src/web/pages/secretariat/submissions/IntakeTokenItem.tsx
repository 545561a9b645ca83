import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntakeToken } from '../../../../domain/sharing/index.js';
import { ConfirmAction } from '../../../components/ConfirmAction.js';
import { useFormatDateTime } from '../../../i18n/use-format-date.js';
import { submissionsApi } from './submissions.api.js';

/** One intake token; an active one can be revoked, after a question that says what follows. */
export function IntakeTokenItem({
  token,
  onRevoked,
}: {
  token: IntakeToken;
  onRevoked: (token: IntakeToken) => void;
}) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const [asking, setAsking] = useState(false);
  const revokeButton = useRef<HTMLButtonElement>(null);
  const cancelled = useRef(false);

  // Back from the question, focus returns to the button that asked it.
  useEffect(() => {
    if (!asking && cancelled.current) revokeButton.current?.focus();
  }, [asking]);

  return (
    <li>
      <span>
        {token.revokedAt
          ? t('secretariatSubmissions.tokenRevoked', {
              label: token.label,
              when: formatDateTime(token.revokedAt),
            })
          : t('secretariatSubmissions.tokenActive', {
              label: token.label,
              when: formatDateTime(token.createdAt),
            })}
      </span>
      {!token.revokedAt && !asking && (
        <button
          type="button"
          ref={revokeButton}
          className="button button--danger button--small"
          onClick={() => setAsking(true)}
        >
          {t('secretariatSubmissions.revokeToken')}
          <span className="visually-hidden">
            {' '}
            {t('secretariatSubmissions.revokeTokenOf', { label: token.label })}
          </span>
        </button>
      )}
      {asking && (
        <ConfirmAction
          question={t('secretariatSubmissions.revokeQuestion', { label: token.label })}
          confirmLabel={t('secretariatSubmissions.confirmRevoke', { label: token.label })}
          onConfirm={async () => {
            const revoked = await submissionsApi.revokeToken(token.id);
            setAsking(false);
            onRevoked(revoked);
          }}
          onCancel={() => {
            cancelled.current = true;
            setAsking(false);
          }}
        />
      )}
    </li>
  );
}
