import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { asApiError } from '../api/api-error.js';
import { explainError } from '../api/explain-error.js';

/**
 * Asks before something that cannot be undone (removing a member, finalising an assessment). The
 * question takes focus, so it is read first; a refusal is explained in place.
 */
export function ConfirmAction({
  question,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
}: {
  question: string;
  /** What happens, when the question alone does not say it. */
  children?: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => questionRef.current?.focus(), []);

  async function confirm() {
    if (busy) return;
    setBusy(true);
    setProblem(undefined);
    try {
      await onConfirm();
    } catch (error) {
      setProblem(explainError(asApiError(error), t));
      setBusy(false);
    }
  }

  return (
    <div className="confirm">
      <p className="confirm__question" tabIndex={-1} ref={questionRef}>
        {question}
      </p>
      {children}
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
          onClick={() => void confirm()}
        >
          {confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('actions.cancel')}
        </button>
      </div>
    </div>
  );
}
