import { useId, type ReactNode } from 'react';
import { useFormatPercent } from '../../i18n/use-format-percent.js';

/**
 * How far something has got: a sentence ("12 of 27 decided") and a bar with the percentage,
 * named by that sentence for screen readers.
 */
export function ProgressMeter({ label, percent }: { label: ReactNode; percent: number }) {
  const labelId = useId();
  const formatPercent = useFormatPercent();
  return (
    <div className="progress">
      <span className="progress__label" id={labelId}>
        {label}
      </span>
      <span className="progress__track">
        <progress className="progress__bar" max={100} value={percent} aria-labelledby={labelId} />
        <span className="progress__percent" aria-hidden="true">
          {formatPercent(percent)}
        </span>
      </span>
    </div>
  );
}
