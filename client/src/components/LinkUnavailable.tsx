import { ApiError } from '../api/index.ts';

/** The page shown when a link opened without an account (LA or participant) does not work. */
export function LinkUnavailable({ title, error, className }: { title: string; error: unknown; className: string }) {
  const message = error instanceof ApiError ? error.message : 'This link could not be opened.';
  return (
    <main id="main" className={className}>
      <h1>{title}</h1>
      <p role="alert" className="error" data-testid="link-error">
        {message}
      </p>
    </main>
  );
}
