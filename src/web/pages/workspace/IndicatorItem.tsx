import type { IndicatorRatingView } from '../../../domain/assessment/api/index.js';
import type { SubDomainView } from '../../../domain/framework/index.js';
import { useLocalize } from '../../i18n/use-localize.js';
import { EvidenceFiles } from './EvidenceFiles.js';
import { EvidenceLinks } from './EvidenceLinks.js';
import { RatingForm } from './RatingForm.js';
import { RatingReadOnly } from './RatingReadOnly.js';

type Indicator = SubDomainView['stages'][number]['indicators'][number];

/** One indicator: the statement, whether it is met, and the evidence (text, links, files). */
export function IndicatorItem({
  assessmentId,
  indicator,
  rating,
  canContribute,
  onChanged,
}: {
  assessmentId: string;
  indicator: Indicator;
  rating: IndicatorRatingView;
  canContribute: boolean;
  onChanged: () => void;
}) {
  const localize = useLocalize();
  return (
    <li className="indicator indicator--rated">
      <code className="indicator__key">{indicator.key}</code>
      <p className="indicator__text">{localize(indicator.text)}</p>
      {indicator.guidance && <p className="indicator__guidance">{localize(indicator.guidance)}</p>}
      <div className="indicator__work">
        {canContribute ? (
          <RatingForm assessmentId={assessmentId} rating={rating} onChanged={onChanged} />
        ) : (
          <RatingReadOnly rating={rating} />
        )}
        <div className="evidence-grid">
          <EvidenceLinks
            assessmentId={assessmentId}
            rating={rating}
            canEdit={canContribute}
            onChanged={onChanged}
          />
          <EvidenceFiles
            assessmentId={assessmentId}
            rating={rating}
            canEdit={canContribute}
            onChanged={onChanged}
          />
        </div>
      </div>
    </li>
  );
}
