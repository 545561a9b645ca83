import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTE_MAX_LENGTH, type CandidateView } from '../../../domain/exchange/index.js';
import { asApiError } from '../../api/api-error.js';
import { explainError } from '../../api/explain-error.js';
import { TextArea } from '../../components/form/TextArea.js';
import { useItemTitles } from '../secretariat/dashboard/use-item-titles.js';
import { exchangeApi } from './exchange.api.js';

/** One candidate pair: who seeks, who offers, and a way to propose the introduction. */
export function CandidateItem({
  candidate,
  onProposed,
}: {
  candidate: CandidateView;
  onProposed: () => void;
}) {
  const { t } = useTranslation();
  const title = useItemTitles();
  const [proposing, setProposing] = useState(false);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const id = `candidate-${candidate.subDomain}-${candidate.seeker.submissionId}-${candidate.offerer.submissionId}`;
  const country = (party: CandidateView['seeker']) =>
    party.hostedHere
      ? t('exchange.countryInCycle', { country: party.countryName, cycle: party.cycle })
      : t('exchange.countryElsewhere', { country: party.countryName, cycle: party.cycle });

  async function propose(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem(undefined);
    try {
      await exchangeApi.propose({
        subDomain: candidate.subDomain,
        seekerSubmissionId: candidate.seeker.submissionId,
        offererSubmissionId: candidate.offerer.submissionId,
        note,
      });
      onProposed();
    } catch (error) {
      setProblem(explainError(asApiError(error), t));
      setBusy(false);
    }
  }

  return (
    <li className="stack-card">
      <h3 id={`${id}-heading`}>{title(candidate.subDomain)}</h3>
      <dl className="facts facts--compact">
        <dt>{t('exchange.seeking')}</dt>
        <dd>{country(candidate.seeker)}</dd>
        <dt>{t('exchange.offering')}</dt>
        <dd>{country(candidate.offerer)}</dd>
      </dl>
      {candidate.proposal ? (
        <p className="card__meta">
          {t('exchange.alreadyProposed', {
            state: t(`exchange.state.${candidate.proposal.state}`),
          })}
        </p>
      ) : !candidate.proposable ? (
        <p className="card__meta">{t('exchange.contactElsewhere')}</p>
      ) : proposing ? (
        <form className="form" onSubmit={(event) => void propose(event)} noValidate>
          <TextArea
            id={`${id}-note`}
            label={t('exchange.noteLabel')}
            hint={t('exchange.noteHint')}
            value={note}
            maxLength={NOTE_MAX_LENGTH}
            onValueChange={setNote}
          />
          {problem && (
            <p className="inline-problem" role="alert">
              {problem}
            </p>
          )}
          <div className="actions">
            <button type="submit" className="button" aria-disabled={busy || undefined}>
              {t('exchange.sendProposal')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setProposing(false)}
            >
              {t('actions.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="button button--small" onClick={() => setProposing(true)}>
          {t('exchange.propose')}
          <span className="visually-hidden">
            {' '}
            {t('exchange.proposeWhich', {
              seeker: candidate.seeker.countryName,
              offerer: candidate.offerer.countryName,
              subDomain: title(candidate.subDomain),
            })}
          </span>
        </button>
      )}
    </li>
  );
}
