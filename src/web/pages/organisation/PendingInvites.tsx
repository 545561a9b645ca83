import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InviteView } from '../../../domain/accounts/index.js';
import { asApiError } from '../../api/api-error.js';
import { explainError } from '../../api/explain-error.js';
import { useFormatDateTime } from '../../i18n/use-format-date.js';
import { invitesApi } from '../../invites/invites.api.js';

/** Invitations not yet accepted; withdrawing one makes its link stop working at once. */
export function PendingInvites({
  organisationId,
  invites,
  onRevoked,
}: {
  organisationId: string;
  invites: readonly InviteView[];
  onRevoked: () => void;
}) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const [problem, setProblem] = useState<string>();

  async function revoke(invite: InviteView) {
    setProblem(undefined);
    try {
      await invitesApi.revoke(organisationId, invite.id);
      onRevoked();
    } catch (error) {
      setProblem(explainError(asApiError(error), t));
    }
  }

  return (
    <section className="subsection" aria-labelledby="pending-invites-heading">
      <h3 id="pending-invites-heading">{t('invites.pendingHeading')}</h3>
      {problem && (
        <p className="inline-problem" role="alert">
          {problem}
        </p>
      )}
      {invites.length === 0 ? (
        <p>{t('invites.nonePending')}</p>
      ) : (
        <ul className="invite-list">
          {invites.map((invite) => (
            <li key={invite.id} className="invite">
              <div>
                <p className="invite__email">{invite.email}</p>
                <p className="invite__meta">
                  {t('invites.pendingMeta', {
                    role: t(`roles.${invite.role}.name`),
                    invitedBy: invite.invitedBy,
                    expires: formatDateTime(invite.expiresAt),
                  })}
                </p>
              </div>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => void revoke(invite)}
              >
                {t('invites.revoke')}
                <span className="visually-hidden">
                  {' '}
                  {t('invites.revokeFor', { email: invite.email })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
