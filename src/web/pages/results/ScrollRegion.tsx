import type { ReactNode } from 'react';

/**
 * A wide table or chart scrolls sideways on a narrow screen rather than the page; the region
 * can take focus, so keyboard users can scroll it too.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
