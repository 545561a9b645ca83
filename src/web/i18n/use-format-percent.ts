import { useMemo } from 'react';
import { percentFormatter } from '../../domain/assessment/index.js';
import { useFormattingLocale } from './use-formatting-locale.js';

/** A whole percent from `progressPercent` as people read it in their locale: "43%", "43 %". */
export function useFormatPercent(): (percent: number) => string {
  const locale = useFormattingLocale();
  return useMemo(() => percentFormatter(locale), [locale]);
}
