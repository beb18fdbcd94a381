/**
 * What happened to the last action on attached files: an error (announced at once, role=alert)
 * or what was done (announced politely, role=status; kept in the page while empty so the
 * announcement is heard when it fills).
 */
export function Feedback({
  error,
  result,
  errorId,
  testId,
}: {
  error: string | null;
  result: string;
  errorId?: string;
  testId?: string;
}) {
  return (
    <>
      {error && (
        <p id={errorId} role="alert" className="error">
          {error}
        </p>
      )}
      <p role="status" className="attach-result" data-testid={testId}>
        {result}
      </p>
    </>
  );
}
