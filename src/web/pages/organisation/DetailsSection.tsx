import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationView } from '../../../domain/organisations/index.js';
import { DetailsForm } from './DetailsForm.js';
import { OrganisationFacts } from './OrganisationFacts.js';

/** The organisation's details; its leads (and administrators) may change them here. */
export function DetailsSection({
  organisation,
  onSaved,
}: {
  organisation: OrganisationView;
  onSaved: (organisation: OrganisationView) => void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const closedForm = useRef(false);

  // Closing the form puts focus back on the button that opened it.
  useEffect(() => {
    if (!editing && closedForm.current) editButton.current?.focus();
  }, [editing]);

  function close() {
    closedForm.current = true;
    setEditing(false);
  }

  return (
    <section className="section panel" aria-labelledby="details-heading">
      <div className="section__header">
        <h2 id="details-heading">{t('organisation.detailsHeading')}</h2>
        {organisation.permissions.update && !editing && (
          <button
            ref={editButton}
            type="button"
            className="button button--secondary"
            onClick={() => setEditing(true)}
          >
            {t('organisation.editDetails')}
          </button>
        )}
      </div>
      {editing ? (
        <DetailsForm
          organisation={organisation}
          onSaved={(saved) => {
            onSaved(saved);
            close();
          }}
          onCancel={close}
        />
      ) : (
        <OrganisationFacts organisation={organisation} />
      )}
    </section>
  );
}
