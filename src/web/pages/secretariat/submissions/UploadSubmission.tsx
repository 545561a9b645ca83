import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileReceipt } from '../../../../domain/sharing/index.js';
import { asApiError } from '../../../api/api-error.js';
import { explainError } from '../../../api/explain-error.js';
import { submissionsApi } from './submissions.api.js';

/**
 * A file a country sent another way, a submission or the withdrawal of one: verified by the
 * server, then held or carried out, or refused.
 */
export function UploadSubmission({ onReceived }: { onReceived: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'done' | 'problem'; text: string }>();

  function describe(receipt: FileReceipt): string {
    if (receipt.kind === 'submission') {
      return t(`secretariatSubmissions.outcome.${receipt.outcome}`, {
        country: receipt.submission.countryName,
        cycle: receipt.submission.cycle,
      });
    }
    return receipt.submission
      ? t('secretariatSubmissions.outcome.withdrawn', {
          country: receipt.submission.countryName,
          cycle: receipt.submission.cycle,
        })
      : t('secretariatSubmissions.outcome.withdrawalRecorded');
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (!file) {
      setMessage({ kind: 'problem', text: t('secretariatSubmissions.chooseFile') });
      return;
    }
    setBusy(true);
    setMessage(undefined);
    try {
      setMessage({ kind: 'done', text: describe(await submissionsApi.upload(await file.text())) });
      onReceived();
    } catch (error) {
      setMessage({ kind: 'problem', text: explainError(asApiError(error), t) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="section panel" aria-labelledby="upload-heading">
      <h2 id="upload-heading">{t('secretariatSubmissions.uploadHeading')}</h2>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label className="field__label" htmlFor="upload-file">
            {t('secretariatSubmissions.file')}
          </label>
          <p className="field__hint" id="upload-file-hint">
            {t('secretariatSubmissions.fileHint')}
          </p>
          <input
            id="upload-file"
            className="input"
            type="file"
            accept="application/json,.json"
            aria-describedby="upload-file-hint"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </div>
        {message && (
          <p
            className={message.kind === 'problem' ? 'inline-problem' : 'notice'}
            role={message.kind === 'problem' ? 'alert' : 'status'}
          >
            {message.text}
          </p>
        )}
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          {t('secretariatSubmissions.upload')}
        </button>
      </form>
    </section>
  );
}
