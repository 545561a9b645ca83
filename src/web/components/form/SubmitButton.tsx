import type { ReactNode } from 'react';

/** The form's main action; while the request is under way it says so and ignores more clicks. */
export function SubmitButton({
  busy,
  children,
  className = 'button',
}: {
  busy: boolean;
  children: ReactNode;
  className?: string;
}) {
  return (
    <button type="submit" className={className} aria-disabled={busy || undefined}>
      {children}
    </button>
  );
}
