/** A polite announcement that content is on its way; screen readers read it without interrupting. */
export function LoadingStatus({ message }: { message: string }) {
  return (
    <p className="loading" role="status">
      {message}
    </p>
  );
}
