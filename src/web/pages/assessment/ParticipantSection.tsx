import { useTranslation } from 'react-i18next';
import type { AssessmentOverview } from '../../../domain/assessment/api/index.js';
import { useCapabilityTitles } from '../../organisations/use-capability-titles.js';

/** Who takes part, in what role, and for contributors which capabilities they work on. */
export function ParticipantSection({
  participants,
}: {
  participants: AssessmentOverview['participants'];
}) {
  const { t } = useTranslation();
  const capabilities = useCapabilityTitles();
  return (
    <section className="section" aria-labelledby="participants-heading">
      <h2 id="participants-heading">{t('participants.heading')}</h2>
      <ul className="participant-list">
        {participants.map((participant) => (
          <li key={participant.userId} className="participant">
            <span className="participant__name">{participant.displayName}</span>{' '}
            <span className="role-tag">{t(`roles.${participant.role}.name`)}</span>
            {participant.role === 'contributor' && (
              <span className="participant__scope">
                {participant.capabilityScope === null
                  ? t('members.allCapabilities')
                  : t('members.onlyCapabilities', {
                      capabilities: participant.capabilityScope.map(capabilities.title).join(', '),
                    })}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
