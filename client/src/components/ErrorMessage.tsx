import { ApiError } from '../api/index.ts';

/** Shows an error in plain words, announced to screen readers. */
export function ErrorMessage({ error }: { error: unknown }) {
  const message = error instanceof ApiError ? error.message : 'Something went wrong. Please reload the page.';
  return (
    <p role="alert" className="error">
      {message}
    </p>
  );
}
