import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { workspaceApi } from '../../assessments/workspace.api.js';
import { useFormatDateTime } from '../../i18n/use-format-date.js';
import { AddLinkForm } from './AddLinkForm.js';
import { EvidenceBlock, EvidenceItem, useRemoval, type EvidenceProps } from './EvidenceBlock.js';

/** Web pages given as evidence; contributors add and remove them. */
export function EvidenceLinks({ assessmentId, rating, canEdit, onChanged }: EvidenceProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const removal = useRemoval(onChanged);
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const closedForm = useRef(false);
  useEffect(() => {
    if (!adding && closedForm.current) addButton.current?.focus();
  }, [adding]);

  function closeForm() {
    closedForm.current = true;
    setAdding(false);
  }

  return (
    <EvidenceBlock
      heading={t('evidence.links')}
      empty={t('evidence.noLinks')}
      problem={removal.problem}
      items={rating.links.map((link) => (
        <EvidenceItem
          key={link.id}
          href={link.url}
          label={link.label || link.url}
          meta={t('evidence.addedBy', {
            name: link.addedBy.displayName,
            when: formatDateTime(link.addedAt),
          })}
          onRemove={
            canEdit
              ? () =>
                  removal.remove(() => workspaceApi.removeLink(assessmentId, rating.key, link.id))
              : undefined
          }
        />
      ))}
      adding={
        canEdit &&
        (adding ? (
          <AddLinkForm
            assessmentId={assessmentId}
            indicatorKey={rating.key}
            onAdded={() => {
              closeForm();
              onChanged();
            }}
            onCancel={closeForm}
          />
        ) : (
          <button
            ref={addButton}
            type="button"
            className="button button--secondary button--small"
            onClick={() => setAdding(true)}
          >
            {t('evidence.addLinkOpen')}
            <span className="visually-hidden">
              {' '}
              {t('rating.forIndicator', { key: rating.key })}
            </span>
          </button>
        ))
      }
    />
  );
}
