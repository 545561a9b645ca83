import { useTranslation } from 'react-i18next';
import type { SecretariatProposalView } from '../../../domain/exchange/index.js';
import { useFormatDateTime } from '../../i18n/use-format-date.js';
import { useItemTitles } from '../secretariat/dashboard/use-item-titles.js';

/** A proposed introduction as the secretariat follows it: both countries and how each answered. */
export function SecretariatProposalItem({ proposal }: { proposal: SecretariatProposalView }) {
  const { t } = useTranslation();
  const title = useItemTitles();
  const formatDateTime = useFormatDateTime();
  const answer = (party: SecretariatProposalView['seeker']) =>
    party.decidedAt
      ? t(`exchange.decisionOn.${party.decision}`, { when: formatDateTime(party.decidedAt) })
      : t(`exchange.decision.${party.decision}`);
  return (
    <li className="stack-card">
      <h3>{title(proposal.subDomain)}</h3>
      <p className="card__meta">
        <span className="state-tag">{t(`exchange.state.${proposal.state}`)}</span>{' '}
        {t('exchange.proposedOnBy', {
          when: formatDateTime(proposal.proposedAt),
          who: proposal.proposedBy,
        })}
      </p>
      <dl className="facts facts--compact">
        <dt>{t('exchange.seeking')}</dt>
        <dd>
          {proposal.seeker.countryName}: {answer(proposal.seeker)}
        </dd>
        <dt>{t('exchange.offering')}</dt>
        <dd>
          {proposal.offerer.countryName}: {answer(proposal.offerer)}
        </dd>
        {proposal.note && (
          <>
            <dt>{t('exchange.note')}</dt>
            <dd>{proposal.note}</dd>
          </>
        )}
      </dl>
      {proposal.lapsed && proposal.state === 'not-taken-forward' && (
        <p className="card__meta">{t('exchange.lapsed')}</p>
      )}
    </li>
  );
}
