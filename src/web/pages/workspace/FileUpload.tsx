import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EVIDENCE_FILE_TYPES,
  MAX_EVIDENCE_FILE_BYTES,
} from '../../../domain/assessment/api/index.js';
import { progressPercent } from '../../../domain/assessment/index.js';
import { asApiError } from '../../api/api-error.js';
import { explainError } from '../../api/explain-error.js';
import { evidenceFileProblem, evidenceMediaType } from '../../assessments/evidence-file-check.js';
import { workspaceApi } from '../../assessments/workspace.api.js';
import { useFormatBytes } from '../../i18n/use-format-bytes.js';
import { useFormatPercent } from '../../i18n/use-format-percent.js';

type Upload =
  | { state: 'idle' }
  | { state: 'sending'; name: string; percent: number }
  | { state: 'done'; name: string }
  | { state: 'failed'; message: string };

const ACCEPT = [...Object.keys(EVIDENCE_FILE_TYPES), ...Object.values(EVIDENCE_FILE_TYPES)].join(
  ',',
);

/**
 * Adds a file to an indicator's evidence as soon as it is chosen. Its type and size are checked
 * here first, so a person hears at once what is wrong; the server checks again and its reason
 * (too large, a type it refuses) is shown the same way. Progress is announced as it goes.
 */
export function FileUpload({
  assessmentId,
  indicatorKey,
  onUploaded,
}: {
  assessmentId: string;
  indicatorKey: string;
  onUploaded: () => void;
}) {
  const { t } = useTranslation();
  const formatBytes = useFormatBytes();
  const formatPercent = useFormatPercent();
  const id = useId();
  const [upload, setUpload] = useState<Upload>({ state: 'idle' });
  const allowed = Object.values(EVIDENCE_FILE_TYPES)
    .map((extension) => extension.slice(1).toUpperCase())
    .join(', ');

  async function send(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file || upload.state === 'sending') return;
    const problem = evidenceFileProblem(file);
    const mediaType = evidenceMediaType(file);
    if (problem || !mediaType) {
      const message =
        problem === 'size'
          ? t('evidence.tooLarge', { name: file.name, limit: formatBytes(MAX_EVIDENCE_FILE_BYTES) })
          : t('evidence.wrongType', { name: file.name, allowed });
      setUpload({ state: 'failed', message });
      input.value = '';
      return;
    }
    setUpload({ state: 'sending', name: file.name, percent: 0 });
    try {
      // The share sent (0–1) as a percent by the same rule as every other one on the page.
      await workspaceApi.uploadFile(assessmentId, indicatorKey, file, mediaType, (fraction) =>
        setUpload({ state: 'sending', name: file.name, percent: progressPercent(fraction, 1) }),
      );
      setUpload({ state: 'done', name: file.name });
      onUploaded();
    } catch (error) {
      setUpload({ state: 'failed', message: explainError(asApiError(error), t) });
    } finally {
      input.value = '';
    }
  }

  return (
    <div className="field file-upload">
      <label className="field__label" htmlFor={id}>
        {t('evidence.addFile')}
        <span className="visually-hidden"> {t('rating.forIndicator', { key: indicatorKey })}</span>
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {t('evidence.fileHint', { allowed, limit: formatBytes(MAX_EVIDENCE_FILE_BYTES) })}
      </p>
      <input
        id={id}
        className="file-upload__input"
        type="file"
        accept={ACCEPT}
        aria-describedby={`${id}-hint`}
        onChange={(event) => void send(event)}
      />
      {upload.state === 'sending' && (
        <p className="file-upload__progress" role="status">
          <progress max={100} value={upload.percent} aria-hidden="true" />{' '}
          {t('evidence.uploading', {
            name: upload.name,
            percent: formatPercent(upload.percent),
          })}
        </p>
      )}
      {upload.state === 'done' && (
        <p className="inline-status" role="status">
          {t('evidence.uploaded', { name: upload.name })}
        </p>
      )}
      {upload.state === 'failed' && (
        <p className="inline-problem" role="alert">
          {upload.message}
        </p>
      )}
    </div>
  );
}
