import { useMemo } from 'react';
import { useFormattingLocale } from './use-formatting-locale.js';

const UNITS = [
  { unit: 'megabyte', size: 1024 * 1024, display: 'short' },
  { unit: 'kilobyte', size: 1024, display: 'short' },
  // "125 bytes": the short form of a byte reads as a typing mistake ("125 byte").
  { unit: 'byte', size: 1, display: 'long' },
] as const;

/** A file size as people read it in their locale: "2.4 MB", "830 kB". */
export function useFormatBytes(): (bytes: number) => string {
  const locale = useFormattingLocale();
  return useMemo(() => {
    const formats = UNITS.map(({ unit, size, display }) => ({
      size,
      format: new Intl.NumberFormat(locale, {
        style: 'unit',
        unit,
        unitDisplay: display,
        maximumFractionDigits: 1,
      }),
    }));
    return (bytes: number) => {
      const chosen = formats.find(({ size }) => bytes >= size) ?? formats[formats.length - 1];
      return chosen ? chosen.format.format(bytes / chosen.size) : String(bytes);
    };
  }, [locale]);
}
