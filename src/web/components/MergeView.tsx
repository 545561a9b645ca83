import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conflict } from '../forms/versioned-edit.js';
import { useFormatDateTime } from '../i18n/use-format-date.js';

export type Detail = { label: string; value: string };

/**
 * Someone else saved the record this person is editing. Both versions stay on screen, read-only,
 * until the person chooses: save their own over it, use the other, or combine the two in the
 * editor (`editorId`), into which either text can be copied. Nothing is lost whatever they pick
 * first. A refused save moves focus here; a change that arrives while typing is announced
 * without taking the focus away from the editor.
 */
export function MergeView<Value extends { text: string }>({
  conflict,
  textLabel,
  details = () => [],
  editorId,
  onCopy,
  onKeepYours,
  onTakeTheirs,
}: {
  conflict: Conflict<Value>;
  textLabel: string;
  /** The record's other fields, worded, shown for both versions. */
  details?: (value: Value) => Detail[];
  editorId: string;
  onCopy: (text: string) => void;
  onKeepYours: () => void;
  onTakeTheirs: () => void;
}) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const headingId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const { theirs, yours, cause } = conflict;

  useEffect(() => {
    if (cause === 'save') panel.current?.focus();
  }, [cause, theirs.version]);

  function copy(text: string) {
    onCopy(text);
    document.getElementById(editorId)?.focus();
  }

  const who = theirs.stamp?.updatedBy.displayName ?? t('merge.someone');
  const when = theirs.stamp ? formatDateTime(theirs.stamp.updatedAt) : '';
  const versions = [
    {
      key: 'theirs',
      heading: t('merge.theirs'),
      meta: t('merge.savedBy', { name: who, when }),
      value: theirs.value,
      copyLabel: t('merge.copyTheirs'),
    },
    {
      key: 'yours',
      heading: t('merge.yours'),
      meta: t('merge.notSaved'),
      value: yours,
      copyLabel: t('merge.copyYours'),
    },
  ];

  return (
    <div className="merge" role="group" aria-labelledby={headingId} tabIndex={-1} ref={panel}>
      <h4 id={headingId} className="merge__heading">
        {cause === 'save' ? t('merge.headingRefused') : t('merge.headingChanged')}
      </h4>
      <p role={cause === 'save' ? 'alert' : 'status'}>
        {t('merge.explanation', { name: who, when })}
      </p>
      <div className="merge__versions">
        {versions.map((version) => (
          <section key={version.key} className="merge__version" aria-label={version.heading}>
            <h5 className="merge__version-heading">{version.heading}</h5>
            <p className="merge__meta">{version.meta}</p>
            <dl className="merge__details">
              {details(version.value).map((detail) => (
                <div key={detail.label}>
                  <dt>{detail.label}</dt>
                  <dd>{detail.value}</dd>
                </div>
              ))}
              <div>
                <dt>{textLabel}</dt>
                <dd className="merge__text">{version.value.text || t('merge.noText')}</dd>
              </div>
            </dl>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => copy(version.value.text)}
            >
              {version.copyLabel}
            </button>
          </section>
        ))}
      </div>
      <p className="hint">{t('merge.combineHint')}</p>
      <div className="actions">
        <button type="button" className="button" onClick={onKeepYours}>
          {t('merge.keepYours')}
        </button>
        <button type="button" className="button button--secondary" onClick={onTakeTheirs}>
          {t('merge.takeTheirs')}
        </button>
      </div>
    </div>
  );
}
