import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { SideView } from '../../../domain/exchange/index.js';
import type { OrganisationView } from '../../../domain/organisations/index.js';
import { useResource } from '../../api/use-resource.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { LoadingStatus } from '../../components/LoadingStatus.js';
import { exchangeApi } from './exchange.api.js';
import { OrganisationProposalItem } from './OrganisationProposalItem.js';

/**
 * Introductions the secretariat proposed to this country. Who the other country is, and how to
 * reach it, shows only once both have accepted.
 */
export function ExchangeSection({ organisation }: { organisation: OrganisationView }) {
  const { t } = useTranslation();
  const load = useCallback(() => exchangeApi.forOrganisation(organisation.id), [organisation.id]);
  const list = useResource(load);

  function decided(view: SideView) {
    if (list.status !== 'ready') return;
    list.replace({
      ...list.data,
      proposals: list.data.proposals.map((proposal) => (proposal.id === view.id ? view : proposal)),
    });
  }

  return (
    <section className="section panel" aria-labelledby="exchange-heading">
      <h2 id="exchange-heading">{t('exchange.sectionHeading')}</h2>
      <p>{t('exchange.sectionIntro')}</p>
      {list.status === 'loading' ? (
        <LoadingStatus message={t('exchange.loading')} />
      ) : list.status === 'error' ? (
        <ErrorAlert heading={t('exchange.unavailable')} error={list.error} onRetry={list.reload} />
      ) : list.data.proposals.length === 0 ? (
        <p>{t('exchange.noneForCountry')}</p>
      ) : (
        <ul className="stack-cards">
          {list.data.proposals.map((proposal) => (
            <OrganisationProposalItem
              key={proposal.id}
              organisationId={organisation.id}
              proposal={proposal}
              canDecide={list.data.canDecide}
              onDecided={decided}
              onStale={list.reload}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
