import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationView } from '../../../domain/organisations/index.js';
import { useProfileLabels } from '../../organisations/use-profile-labels.js';

export type DetailsDraft = Pick<
  OrganisationView,
  'name' | 'region' | 'incomeGroup' | 'governmentSystem'
>;

/**
 * Someone saved the details after this person opened the form. Both versions side by side, and
 * a choice: save mine over theirs, or keep theirs. Nothing is overwritten without that choice.
 */
export function EditConflict({
  theirs,
  yours,
  onKeepYours,
  onUseTheirs,
}: {
  theirs: OrganisationView;
  yours: DetailsDraft;
  onKeepYours: () => void;
  onUseTheirs: () => void;
}) {
  const { t } = useTranslation();
  const labels = useProfileLabels();
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), []);

  const rows = [
    { label: t('fields.organisationName'), theirs: theirs.name, yours: yours.name },
    {
      label: t('fields.region'),
      theirs: labels.region(theirs.region),
      yours: labels.region(yours.region),
    },
    {
      label: t('fields.incomeGroup'),
      theirs: labels.incomeGroup(theirs.incomeGroup),
      yours: labels.incomeGroup(yours.incomeGroup),
    },
    {
      label: t('fields.governmentSystem'),
      theirs: labels.governmentSystem(theirs.governmentSystem),
      yours: labels.governmentSystem(yours.governmentSystem),
    },
  ];

  return (
    <div className="conflict" role="alert" tabIndex={-1} ref={panel}>
      <h3>{t('conflict.heading')}</h3>
      <p>{t('conflict.explanation')}</p>
      <ul className="comparison">
        {rows.map((row) => {
          const differs = row.theirs !== row.yours;
          return (
            <li
              key={row.label}
              className={
                differs ? 'comparison__item comparison__item--differs' : 'comparison__item'
              }
            >
              <h4 className="comparison__field">
                {row.label}
                {differs && <span className="differs-tag">{t('conflict.differs')}</span>}
              </h4>
              <dl className="comparison__versions">
                <div>
                  <dt>{t('conflict.theirs')}</dt>
                  <dd>{row.theirs}</dd>
                </div>
                <div>
                  <dt>{t('conflict.yours')}</dt>
                  <dd>{row.yours}</dd>
                </div>
              </dl>
            </li>
          );
        })}
      </ul>
      <div className="actions">
        <button type="button" className="button" onClick={onKeepYours}>
          {t('conflict.keepYours')}
        </button>
        <button type="button" className="button button--secondary" onClick={onUseTheirs}>
          {t('conflict.useTheirs')}
        </button>
      </div>
    </div>
  );
}
