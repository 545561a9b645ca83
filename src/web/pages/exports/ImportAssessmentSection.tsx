import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../../domain/access/index.js';
import {
  documentProblemSchema,
  MAX_IMPORT_FILE_BYTES,
  type AssessmentImportResult,
  type DocumentProblem,
} from '../../../domain/assessment-document/index.js';
import { progressPercent } from '../../../domain/assessment/index.js';
import type { OrganisationView } from '../../../domain/organisations/index.js';
import { asApiError } from '../../api/api-error.js';
import { explainError } from '../../api/explain-error.js';
import { assessmentPath } from '../../assessments/paths.js';
import { useFormatBytes } from '../../i18n/use-format-bytes.js';
import { useFormatPercent } from '../../i18n/use-format-percent.js';
import { actorOf } from '../../session/actor.js';
import { useCurrentUser } from '../../session/use-current-user.js';
import { IMPORT_ACCEPT, importAssessment, importMediaType } from './exports.api.js';

type Importing =
  | { state: 'idle' }
  | { state: 'sending'; percent: number }
  | { state: 'done'; result: AssessmentImportResult }
  | { state: 'failed'; message: string; problems: DocumentProblem[] };

function problemsOf(problem: Readonly<Record<string, unknown>>): DocumentProblem[] {
  const parsed = documentProblemSchema.array().safeParse(problem.problems);
  return parsed.success ? parsed.data : [];
}

/**
 * Leads bring back an exported assessment (the JSON file, or the Excel workbook edited offline)
 * as a new draft. A refused file is explained problem by problem, each with where it is.
 */
export function ImportAssessmentSection({
  organisation,
  onImported,
}: {
  organisation: OrganisationView;
  /** Called once the new draft exists, so the list of assessments shows it. */
  onImported: () => void;
}) {
  const { t } = useTranslation();
  const formatBytes = useFormatBytes();
  const formatPercent = useFormatPercent();
  const user = useCurrentUser();
  const id = useId();
  const [file, setFile] = useState<File>();
  const [importing, setImporting] = useState<Importing>({ state: 'idle' });
  if (!can(actorOf(user), 'assessment.manage', organisation.id)) return null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (importing.state === 'sending') return;
    if (!file) {
      setImporting({ state: 'failed', message: t('exports.import.chooseFile'), problems: [] });
      return;
    }
    const mediaType = importMediaType(file);
    if (!mediaType) {
      setImporting({
        state: 'failed',
        message: t('exports.import.wrongType', { name: file.name }),
        problems: [],
      });
      return;
    }
    setImporting({ state: 'sending', percent: 0 });
    try {
      // The share sent (0–1) as a percent by the same rule as every other one.
      const result = await importAssessment(organisation.id, file, mediaType, (fraction) =>
        setImporting({ state: 'sending', percent: progressPercent(fraction, 1) }),
      );
      setImporting({ state: 'done', result });
      onImported();
    } catch (error) {
      const apiError = asApiError(error);
      setImporting({
        state: 'failed',
        message: explainError(apiError, t),
        problems: problemsOf(apiError.problem),
      });
    }
  }

  return (
    <section className="section panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('exports.import.heading')}</h2>
      <p>{t('exports.import.intro')}</p>
      <form className="import-form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="field file-upload">
          <label className="field__label" htmlFor={`${id}-file`}>
            {t('exports.import.fileLabel')}
          </label>
          <p className="field__hint" id={`${id}-hint`}>
            {t('exports.import.fileHint', { limit: formatBytes(MAX_IMPORT_FILE_BYTES) })}
          </p>
          <input
            id={`${id}-file`}
            className="file-upload__input"
            type="file"
            accept={IMPORT_ACCEPT}
            aria-describedby={`${id}-hint`}
            onChange={(event) => {
              setFile(event.currentTarget.files?.[0]);
              setImporting({ state: 'idle' });
            }}
          />
        </div>
        <button
          type="submit"
          className="button"
          aria-disabled={importing.state === 'sending' || undefined}
        >
          {t('exports.import.submit')}
        </button>
      </form>
      {importing.state === 'sending' && (
        <p className="file-upload__progress" role="status">
          <progress max={100} value={importing.percent} aria-hidden="true" />{' '}
          {t('exports.import.sending', { percent: formatPercent(importing.percent) })}
        </p>
      )}
      {importing.state === 'done' && (
        <div className="inline-status" role="status">
          <p>
            {t('exports.import.done')}{' '}
            <Link to={assessmentPath(importing.result.assessmentId)}>{importing.result.title}</Link>
          </p>
          {importing.result.leftOutFiles.length > 0 && (
            <>
              <p>{t('exports.import.leftOutFiles')}</p>
              <ul>
                {importing.result.leftOutFiles.map((left) => (
                  <li key={left.where}>
                    {t('exports.import.leftOutFile', {
                      name: left.name,
                      indicator: left.indicatorKey,
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {importing.state === 'failed' && (
        <div className="inline-problem" role="alert">
          <p>{importing.problems.length > 0 ? t('exports.import.refused') : importing.message}</p>
          {importing.problems.length > 0 && (
            <ul className="import-problems">
              {importing.problems.map((problem, index) => (
                <li key={index}>
                  <code>{problem.where}</code>: {problem.problem}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
