import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewIntakeToken } from '../../../../domain/sharing/index.js';
import { asApiError } from '../../../api/api-error.js';
import { explainError } from '../../../api/explain-error.js';
import { useResource } from '../../../api/use-resource.js';
import { useFormatDateTime } from '../../../i18n/use-format-date.js';
import { submissionsApi } from './submissions.api.js';

/**
 * Tokens country instances send their submissions with. A new token is shown once, here, to be
 * passed on; only its hash is kept.
 */
export function IntakeTokens() {
  const { t } = useTranslation();
  const tokens = useResource(submissionsApi.tokens);
  const formatDateTime = useFormatDateTime();
  const [label, setLabel] = useState('');
  const [created, setCreated] = useState<NewIntakeToken>();
  const [problem, setProblem] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(undefined);
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
        <ul>
          {tokens.data.map((token) => (
            <li key={token.id}>
              {token.revokedAt
                ? t('secretariatSubmissions.tokenRevoked', {
                    label: token.label,
                    when: formatDateTime(token.revokedAt),
                  })
                : t('secretariatSubmissions.tokenActive', {
                    label: token.label,
                    when: formatDateTime(token.createdAt),
                  })}
            </li>
          ))}
        </ul>
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
