import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedInvite } from '../../../domain/accounts/index.js';
import type { OrganisationView } from '../../../domain/organisations/index.js';
import { CreatedInviteLink } from './CreatedInviteLink.js';
import { InviteForm } from './InviteForm.js';

/** Inviting someone: the form, then the new link, shown once for the inviter to pass on. */
export function InviteSection({
  organisation,
  onInvited,
}: {
  organisation: OrganisationView;
  onInvited: () => void;
}) {
  const { t } = useTranslation();
  const [created, setCreated] = useState<CreatedInvite>();
  return (
    <section className="subsection panel" aria-labelledby="invite-heading">
      <h3 id="invite-heading">{t('invites.heading')}</h3>
      {created && <CreatedInviteLink key={created.invite.id} created={created} />}
      <InviteForm
        organisation={organisation}
        onInvited={(invite) => {
          setCreated(invite);
          onInvited();
        }}
      />
    </section>
  );
}
