import { useState } from 'react';
import type { CreatedShareLink } from '@ehcp/shared';
import { api, ApiError } from '../../api/index.ts';
import { formatDateTime } from '../../lib/dates.ts';

/** Creates a read-only link for the local authority (shown once; only its hash is stored). */
export function SharePanel({ reviewId }: { reviewId: string }) {
  const [link, setLink] = useState<CreatedShareLink | null>(null);
  const [error, setError] = useState<string | null>(null);
  const handleCreate = async () => {
    setError(null);
    try {
      setLink((await api.createShareLink(reviewId, 30)).link);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Could not create the link.');
    }
  };
  return (
    <section className="panel" aria-labelledby="share-title">
      <h2 id="share-title">Share with the local authority</h2>
      <p className="muted">A read-only link to the finalised outcome and report. It works for 30 days without an account.</p>
      <button type="button" onClick={() => void handleCreate()}>
        Create read-only link
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {link && (
        <div className="created-link">
          <label htmlFor="share-url">Link (copy it now; it will not be shown again)</label>
          <input id="share-url" readOnly value={link.url} data-testid="share-url" onFocus={(e) => e.target.select()} />
          <p className="muted">Expires {formatDateTime(link.expiresAt)}.</p>
        </div>
      )}
    </section>
  );
}
