import { useTranslation } from 'react-i18next';
import type { IndicatorRatingView } from '../../../domain/assessment/api/index.js';
import { StampLine } from '../../components/assessment/StampLine.js';

/** A rating for those who may read but not change it. */
export function RatingReadOnly({ rating }: { rating: IndicatorRatingView }) {
  const { t } = useTranslation();
  return (
    <div className="rating-read-only">
      <dl className="facts facts--compact rating-facts">
        <div>
          <dt>{t('rating.statusLegend')}</dt>
          <dd>
            <span className={`rating-tag rating-tag--${rating.status ?? 'unrated'}`}>
              {rating.status ? t(`rating.status.${rating.status}`) : t('rating.unrated')}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('rating.evidence')}</dt>
          <dd className="prose-text">{rating.evidenceText || t('rating.noEvidence')}</dd>
        </div>
      </dl>
      <StampLine stamp={rating.stamp} />
    </div>
  );
}
