import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { asApiError } from '../../api/api-error.js';
import { explainError } from '../../api/explain-error.js';
import type { IndicatorRatingView } from '../../../domain/assessment/api/index.js';

/** What each kind of evidence of an indicator is shown with. */
export type EvidenceProps = {
  assessmentId: string;
  rating: IndicatorRatingView;
  canEdit: boolean;
  onChanged: () => void;
};

/**
 * One kind of evidence (links, files) of an indicator: its items, what went wrong removing one,
 * and (for contributors) the way to add more.
 */
export function EvidenceBlock({
  heading,
  empty,
  problem,
  items,
  adding,
}: {
  heading: string;
  empty: string;
  problem: string | undefined;
  items: ReactNode[];
  adding: ReactNode;
}) {
  return (
    <div className="evidence">
      <h4 className="evidence__heading">{heading}</h4>
      {problem && (
        <p className="inline-problem" role="alert">
          {problem}
        </p>
      )}
      {items.length === 0 ? (
        <p className="hint">{empty}</p>
      ) : (
        <ul className="evidence__list">{items}</ul>
      )}
      {adding}
    </div>
  );
}

/**
 * A piece of evidence: its link (a download for a file), who added it when, and a way to remove
 * it for contributors.
 */
export function EvidenceItem({
  href,
  label,
  download,
  meta,
  onRemove,
}: {
  href: string;
  label: string;
  download?: string;
  meta: string;
  onRemove: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  return (
    <li className="evidence__item">
      <a href={href} download={download} className="evidence__name">
        {label}
      </a>
      <span className="evidence__meta">{meta}</span>
      {onRemove && (
        <button type="button" className="button button--secondary button--small" onClick={onRemove}>
          {t('evidence.remove')}
          <span className="visually-hidden"> {label}</span>
        </button>
      )}
    </li>
  );
}

/** Removes a piece of evidence, then reads the workspace again; a refusal is kept to show. */
export function useRemoval(onRemoved: () => void) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string>();
  async function remove(request: () => Promise<unknown>) {
    setProblem(undefined);
    try {
      await request();
      onRemoved();
    } catch (error) {
      setProblem(explainError(asApiError(error), t));
    }
  }
  return { problem, remove: (request: () => Promise<unknown>) => void remove(request) };
}
