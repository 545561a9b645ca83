import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../domain/assessment/api/index.js';
import { agreedResultSchema, indicatorStatusSchema } from '../../../domain/assessment/index.js';

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A line of the history in words: what changed, from what the server recorded about it. */
export function useDescribeChange(): (entry: HistoryEntry) => string {
  const { t } = useTranslation();
  const statusWord = (value: unknown) => {
    const status = indicatorStatusSchema.safeParse(value);
    return status.success ? t(`rating.status.${status.data}`) : t('rating.unrated');
  };
  return (entry) => {
    const { summary, subject } = entry;
    switch (entry.action) {
      case 'indicator-rating.create':
      case 'indicator-rating.update':
        return summary.evidenceChanged
          ? t('history.ratedWithEvidence', {
              indicator: subject,
              status: statusWord(summary.status),
            })
          : t('history.rated', { indicator: subject, status: statusWord(summary.status) });
      case 'evidence-link.add':
        return t('history.linkAdded', {
          indicator: subject,
          link: text(summary.label) || text(summary.url),
        });
      case 'evidence-link.remove':
        return t('history.linkRemoved', {
          indicator: subject,
          link: text(summary.label) || text(summary.url),
        });
      case 'evidence-file.add':
        return t('history.fileAdded', { indicator: subject, name: text(summary.name) });
      case 'evidence-file.remove':
        return t('history.fileRemoved', { indicator: subject, name: text(summary.name) });
      case 'stage-proposal.create':
      case 'stage-proposal.update':
        return t('history.proposed', { stage: Number(summary.stage) });
      case 'discussion-post.create':
        return t('history.posted');
      case 'sub-domain-result.set': {
        const result = agreedResultSchema.safeParse(summary.result);
        if (!result.success) return t('history.other', { action: entry.action });
        if (result.data.kind === 'stage') return t('history.agreed', { stage: result.data.stage });
        if (result.data.kind === 'not-applicable') return t('history.notApplicable');
        return t('history.cleared');
      }
      default:
        return t('history.other', { action: entry.action });
    }
  };
}
