import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntakeToken, NewIntakeToken } from '../../../../domain/sharing/index.js';
import { asApiError } from '../../../api/api-error.js';
import { explainError } from '../../../api/explain-error.js';
import { useResource } from '../../../api/use-resource.js';
import { IntakeTokenItem } from './IntakeTokenItem.js';
import { submissionsApi } from './submissions.api.js';

/**
 * Tokens country instances send their submissions with. A new token is shown once, here, to be
 * passed on; only its hash is kept. A token given to the wrong people, or no longer needed, is
 * revoked here.
 */
export function IntakeTokens() {
  const { t } = useTranslation();
  const tokens = useResource(submissionsApi.tokens);
  const [label, setLabel] = useState('');
  const [created, setCreated] = useState<NewIntakeToken>();
  const [revoked, setRevoked] = useState<IntakeToken>();
  const [problem, setProblem] = useState<string>();
  const revokedNotice = useRef<HTMLParagraphElement>(null);

  // The revoked token's button is gone; focus moves to what happened instead of the page's top.
  useEffect(() => revokedNotice.current?.focus(), [revoked]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(undefined);
    setRevoked(undefined);
    try {
      setCreated(await submissionsApi.createToken(label));
      setLabel('');
      tokens.reload();
    } catch (error) {
      setProblem(explainError(asApiError(error), t));
    }
  }

  return (
    <section className="section" aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">{t('secretariatSubmissions.tokensHeading')}</h2>
      <p>{t('secretariatSubmissions.tokensIntro')}</p>
      {tokens.status === 'ready' && tokens.data.length > 0 && (
        <ul className="token-list">
          {tokens.data.map((token) => (
            <IntakeTokenItem
              key={token.id}
              token={token}
              onRevoked={(revoked) => {
                setRevoked(revoked);
                tokens.reload();
              }}
            />
          ))}
        </ul>
      )}
      {revoked && (
        <p className="notice" role="status" tabIndex={-1} ref={revokedNotice}>
          {t('secretariatSubmissions.tokenRevokedNotice', { label: revoked.label })}
        </p>
      )}
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label className="field__label" htmlFor="token-label">
            {t('secretariatSubmissions.tokenLabel')}
          </label>
          <input
            id="token-label"
            className="input"
            type="text"
            value={label}
            onChange={(event) => setLabel(event.target.value)}
          />
        </div>
        {problem && (
          <p className="inline-problem" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" className="button button--secondary">
          {t('secretariatSubmissions.createToken')}
        </button>
      </form>
      {created && (
        <div className="notice" role="status">
          <p>{t('secretariatSubmissions.tokenCreated', { label: created.label })}</p>
          <p>
            <code className="key-text">{created.token}</code>
          </p>
        </div>
      )}
    </section>
  );
}
