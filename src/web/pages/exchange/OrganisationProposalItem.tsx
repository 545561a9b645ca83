import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  sideViewSchema,
  type ExchangeDecision,
  type SideView,
} from '../../../domain/exchange/index.js';
import { currentFromConflict } from '../../api/conflict.js';
import { ConfirmAction } from '../../components/ConfirmAction.js';
import { useFormatDateTime } from '../../i18n/use-format-date.js';
import { useItemTitles } from '../secretariat/dashboard/use-item-titles.js';
import { exchangeApi } from './exchange.api.js';

/** One proposed introduction as this country sees it, with its lead's answer. */
export function OrganisationProposalItem({
  organisationId,
  proposal,
  canDecide,
  onDecided,
  onStale,
}: {
  organisationId: string;
  proposal: SideView;
  canDecide: boolean;
  onDecided: (view: SideView) => void;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const title = useItemTitles();
  const formatDateTime = useFormatDateTime();
  const [confirming, setConfirming] = useState<ExchangeDecision>();
  const [decided, setDecided] = useState(false);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const headingId = `exchange-proposal-${proposal.id}`;
  const subDomain = title(proposal.subDomain);

  // The buttons are gone once the lead has answered: focus moves to what the answer did.
  useEffect(() => {
    if (decided) statusRef.current?.focus();
  }, [decided]);

  async function decide(decision: ExchangeDecision) {
    try {
      onDecided(
        await exchangeApi.decide(organisationId, proposal.id, {
          decision,
          version: proposal.version,
        }),
      );
      setDecided(true);
    } catch (error) {
      const current = currentFromConflict(error, sideViewSchema);
      if (current) {
        onDecided(current);
        onStale();
        return;
      }
      throw error;
    }
  }

  return (
    <li className="stack-card">
      <h3 id={headingId}>{subDomain}</h3>
      <p className="card__meta">
        {t(`exchange.yourSide.${proposal.side}`)}{' '}
        {t('exchange.proposedOn', { when: formatDateTime(proposal.proposedAt) })}
      </p>
      {proposal.note && (
        <dl className="facts facts--compact">
          <dt>{t('exchange.noteFromSecretariat')}</dt>
          <dd>{proposal.note}</dd>
        </dl>
      )}
      <p ref={statusRef} tabIndex={-1}>
        <strong>{t(statusKey(proposal, canDecide))}</strong>
      </p>
      {proposal.counterpart && (
        <dl className="facts facts--compact" aria-label={t('exchange.contactLabel')}>
          <dt>{t('exchange.counterpartCountry')}</dt>
          <dd>{proposal.counterpart.countryName}</dd>
          <dt>{t('exchange.contactName')}</dt>
          <dd>{proposal.counterpart.contact.name}</dd>
          <dt>{t('exchange.contactEmail')}</dt>
          <dd>
            <a href={`mailto:${proposal.counterpart.contact.email}`}>
              {proposal.counterpart.contact.email}
            </a>
          </dd>
          <dt>{t('exchange.contactOrganisation')}</dt>
          <dd>{proposal.counterpart.contact.organisation}</dd>
        </dl>
      )}
      {canDecide &&
        proposal.status === 'awaiting-your-decision' &&
        (confirming ? (
          <ConfirmAction
            question={t(`exchange.confirm.${confirming}`)}
            confirmLabel={t(`exchange.${confirming}`)}
            onConfirm={() => decide(confirming)}
            onCancel={() => setConfirming(undefined)}
          />
        ) : (
          <div className="actions">
            <button
              type="button"
              className="button"
              aria-label={t('exchange.acceptOn', { subDomain })}
              onClick={() => setConfirming('accept')}
            >
              {t('exchange.accept')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              aria-label={t('exchange.declineOn', { subDomain })}
              onClick={() => setConfirming('decline')}
            >
              {t('exchange.decline')}
            </button>
          </div>
        ))}
    </li>
  );
}

/** What a side reads of where its proposal stands; a non-lead is told who answers. */
function statusKey(proposal: SideView, canDecide: boolean) {
  switch (proposal.status) {
    case 'awaiting-your-decision':
      return canDecide ? 'exchange.status.awaitingYou' : 'exchange.status.awaitingYourLead';
    case 'awaiting-other-country':
      return 'exchange.status.awaitingOther';
    case 'introduced':
      return 'exchange.status.introduced';
    case 'not-taken-forward':
      return proposal.yourDecision === 'declined'
        ? 'exchange.status.youDeclined'
        : 'exchange.status.notTakenForward';
  }
}
