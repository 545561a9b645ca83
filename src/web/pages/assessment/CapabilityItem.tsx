import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentOverview } from '../../../domain/assessment/api/index.js';
import { rollUpCapability } from '../../../domain/assessment/index.js';
import type { FrameworkView } from '../../../domain/framework/index.js';
import { resultRecord, resultValueSchema } from '../../assessments/agreed-result-value.js';
import { assessmentsApi } from '../../assessments/assessments.api.js';
import { AgreedResultForm } from '../../components/assessment/AgreedResultForm.js';
import { ResultSummary } from '../../components/assessment/ResultSummary.js';
import { readDraft } from '../../drafts/draft-store.js';
import { useDraftKey } from '../../drafts/use-draft-key.js';
import { useLocalize } from '../../i18n/use-localize.js';

type Capability = FrameworkView['capabilities'][number];

/**
 * A capability: the stage its sub-domains suggest by the framework's roll-up rule, with their
 * spread, and what the group agreed; leads and facilitators record it here.
 */
export function CapabilityItem({
  overview,
  capability,
  rollUpRule,
  stageTitle,
  onChanged,
}: {
  overview: AssessmentOverview;
  capability: Capability;
  rollUpRule: FrameworkView['rollUp'];
  stageTitle: (stage: number) => string;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const assessmentId = overview.assessment.id;
  const draftKey = useDraftKey(assessmentId, `capability:${capability.key}`);
  const [open, setOpen] = useState(() =>
    Boolean(readDraft(localStorage, draftKey, resultValueSchema)),
  );
  const toggle = useRef<HTMLButtonElement>(null);
  const closed = useRef(false);
  useEffect(() => {
    if (!open && closed.current) toggle.current?.focus();
  }, [open]);

  const current = overview.capabilities.find((item) => item.key === capability.key);
  if (!current) return null;
  const title = localize(capability.title);
  const rollUp = rollUpCapability(
    overview.subDomains
      .filter((subDomain) => subDomain.capabilityKey === capability.key)
      .map((subDomain) => subDomain.result),
    rollUpRule,
  );
  const { min, max } = rollUp.spread;
  const headingId = `capability-${capability.key}`;

  function close() {
    closed.current = true;
    setOpen(false);
  }

  return (
    <li className="stack-card">
      <h3 id={headingId}>{title}</h3>
      <dl className="facts facts--compact">
        <div>
          <dt>{t('capability.spread')}</dt>
          <dd>
            {min === undefined || max === undefined
              ? t('capability.noneAgreed')
              : min === max
                ? t('capability.spreadOne', { stage: min })
                : t('capability.spreadRange', { min, max })}
          </dd>
        </div>
        <div>
          <dt>{t('capability.open')}</dt>
          <dd>
            {t('capability.openCounts', {
              notAssessed: rollUp.notAssessed,
              notApplicable: rollUp.notApplicable,
            })}
          </dd>
        </div>
      </dl>
      <ResultSummary
        result={current.result}
        suggested={rollUp.suggestedStage}
        stamp={current.stamp}
        stageTitle={stageTitle}
      />
      {overview.permissions.agree &&
        (open ? (
          <AgreedResultForm
            idPrefix={`capability-${capability.key}`}
            label={t('capability.agreeLabel', { capability: title })}
            record={resultRecord(current.result, current.stamp)}
            suggested={rollUp.suggestedStage}
            draftKey={draftKey}
            stageTitle={stageTitle}
            send={(body) => assessmentsApi.putCapabilityResult(assessmentId, capability.key, body)}
            onChanged={onChanged}
          />
        ) : (
          <button
            ref={toggle}
            type="button"
            className="button button--secondary"
            aria-describedby={headingId}
            onClick={() => setOpen(true)}
          >
            {t('capability.agree')}
          </button>
        ))}
      {open && (
        <button type="button" className="button button--secondary button--small" onClick={close}>
          {t('actions.close')}
        </button>
      )}
    </li>
  );
}
