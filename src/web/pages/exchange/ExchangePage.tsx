import { useTranslation } from 'react-i18next';
import { useResource } from '../../api/use-resource.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { LoadingStatus } from '../../components/LoadingStatus.js';
import { useDocumentTitle } from '../../layout/use-document-title.js';
import { CandidateItem } from './CandidateItem.js';
import { exchangeApi } from './exchange.api.js';
import { SecretariatProposalItem } from './SecretariatProposalItem.js';

/**
 * The secretariat brokers introductions: countries seeking support in a sub-domain beside those
 * offering experience in it (both consenting), and the introductions proposed so far. Countries
 * are listed by sub-domain and name, never by how mature they are.
 */
export function SecretariatExchangePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('exchange.title'));
  const candidates = useResource(exchangeApi.candidates);
  const proposals = useResource(exchangeApi.proposals);

  const failed = [candidates, proposals].find((resource) => resource.status === 'error');
  if (failed?.status === 'error') {
    return (
      <ErrorAlert
        heading={t('exchange.unavailable')}
        error={failed.error}
        onRetry={failed.reload}
      />
    );
  }

  function proposed() {
    candidates.reload();
    proposals.reload();
  }

  return (
    <>
      <div className="page-intro">
        <h1>{t('exchange.title')}</h1>
        <p className="lead">{t('exchange.intro')}</p>
      </div>
      <div className="notice notice--info">
        <p>{t('exchange.elsewhereNote')}</p>
      </div>
      <section className="section panel" aria-labelledby="exchange-candidates-heading">
        <h2 id="exchange-candidates-heading">{t('exchange.candidatesHeading')}</h2>
        {candidates.status !== 'ready' ? (
          <LoadingStatus message={t('exchange.loading')} />
        ) : candidates.data.length === 0 ? (
          <p>{t('exchange.noCandidates')}</p>
        ) : (
          <ul className="stack-cards">
            {candidates.data.map((candidate) => (
              <CandidateItem
                key={`${candidate.subDomain}|${candidate.seeker.submissionId}|${candidate.offerer.submissionId}`}
                candidate={candidate}
                onProposed={proposed}
              />
            ))}
          </ul>
        )}
      </section>
      <section className="section panel" aria-labelledby="exchange-proposals-heading">
        <h2 id="exchange-proposals-heading">{t('exchange.proposalsHeading')}</h2>
        {proposals.status !== 'ready' ? (
          <LoadingStatus message={t('exchange.loading')} />
        ) : proposals.data.length === 0 ? (
          <p>{t('exchange.noProposals')}</p>
        ) : (
          <ul className="stack-cards">
            {proposals.data.map((proposal) => (
              <SecretariatProposalItem key={proposal.id} proposal={proposal} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
