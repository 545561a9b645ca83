import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberView, OrganisationView } from '../../../domain/organisations/index.js';
import { asApiError } from '../../api/api-error.js';
import { explainError } from '../../api/explain-error.js';
import { organisationsApi } from '../../organisations/organisations.api.js';

/** Asks before removing someone; the server refuses to remove the last lead, and says why here. */
export function RemoveMember({
  organisation,
  member,
  onRemoved,
  onCancel,
}: {
  organisation: OrganisationView;
  member: MemberView;
  onRemoved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => question.current?.focus(), []);

  async function remove() {
    if (busy) return;
    setBusy(true);
    try {
      await organisationsApi.removeMember(organisation.id, member.id);
      onRemoved();
    } catch (error) {
      setProblem(explainError(asApiError(error), t));
      setBusy(false);
    }
  }

  return (
    <div className="confirm">
      <p className="confirm__question" tabIndex={-1} ref={question}>
        {t('members.removeQuestion', {
          name: member.displayName,
          organisation: organisation.name,
        })}
      </p>
      {problem && (
        <p className="inline-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="actions">
        <button
          type="button"
          className="button button--danger"
          aria-disabled={busy || undefined}
          onClick={() => void remove()}
        >
          {t('members.confirmRemove', { name: member.displayName })}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('actions.cancel')}
        </button>
      </div>
    </div>
  );
}
