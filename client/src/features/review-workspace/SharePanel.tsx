import { useState } from 'react';
import { LIMITS, sharingRoutes, type CreatedShareLink, type ShareLinkSummary } from '@ehcp/shared';
import { ApiError, callApi, useApiQuery, useInvalidate } from '../../api/index.ts';
import { CopyButton } from '../../components/CopyButton.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import { RecordReportSent } from './RecordReportSent.tsx';
import { ShareLinkList } from './ShareLinkList.tsx';

/** Expiry choices offered, in days; the server accepts 1 to LIMITS.shareLinkMaxDays. */
const EXPIRY_CHOICES = [7, 14, 30, LIMITS.shareLinkMaxDays];

const messageOf = (caught: unknown, fallback: string) => (caught instanceof ApiError ? caught.message : fallback);

/**
 * The SENDCo's read-only links for the local authority: create one (shown once; only its hash
 * is stored), see each link's status and openings, and withdraw one.
 */
export function SharePanel({ reviewId }: { reviewId: string }) {
  const [expiresInDays, setExpiresInDays] = useState<number>(LIMITS.shareLinkDefaultDays);
  const [created, setCreated] = useState<CreatedShareLink | null>(null);
  const list = useApiQuery(sharingRoutes.listShareLinks, { params: { reviewId } });
  const links = list.data?.links ?? null;
  const invalidate = useInvalidate();
  const reload = () => void invalidate(sharingRoutes.listShareLinks);
  const [announcement, setAnnouncement] = useState('');
  const [actionError, setError] = useState<string | null>(null);
  const error = actionError ?? (list.error ? messageOf(list.error, 'Could not load the links.') : null);

  const handleCreate = async () => {
    setError(null);
    try {
      setCreated((await callApi(sharingRoutes.createShareLink, { params: { reviewId }, body: { expiresInDays } })).link);
      setAnnouncement('');
      reload();
    } catch (caught) {
      setError(messageOf(caught, 'Could not create the link.'));
    }
  };
  const handleRevoke = async (link: ShareLinkSummary) => {
    setError(null);
    try {
      await callApi(sharingRoutes.revokeShareLink, { params: { reviewId, linkId: link.id } });
      if (created?.id === link.id) setCreated(null);
      setAnnouncement(`Link created ${formatDateTime(link.createdAt)} withdrawn. It no longer opens.`);
      reload();
    } catch (caught) {
      setError(messageOf(caught, 'Could not withdraw the link.'));
    }
  };

  return (
    <section className="panel share-panel" aria-labelledby="share-title">
      <h2 id="share-title">Share with the local authority</h2>
      <p className="muted">
        A read-only link to the finalised outcome and report. No account is needed; every opening is recorded in the audit trail.
      </p>
      <div className="share-create">
        <label htmlFor="share-expiry">Link works for</label>
        <select id="share-expiry" value={expiresInDays} onChange={(event) => setExpiresInDays(Number(event.target.value))}>
          {EXPIRY_CHOICES.map((days) => (
            <option key={days} value={days}>
              {days} days
            </option>
          ))}
        </select>
        <button type="button" onClick={() => void handleCreate()}>
          Create read-only link
        </button>
      </div>
      {created && (
        <div className="created-link">
          <label htmlFor="share-url">Link (copy it now; it will not be shown again)</label>
          <input id="share-url" readOnly value={created.url} data-testid="share-url" onFocus={(e) => e.target.select()} />
          <CopyButton text={created.url} label="Copy link" />
          <p className="muted">Expires {formatDateTime(created.expiresAt)}.</p>
        </div>
      )}
      <RecordReportSent reviewId={reviewId} />
      <p role="status" className="success-note" data-testid="share-announcement">
        {announcement}
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <h3 className="share-links-title">Links</h3>
      {links === null ? !error && <p aria-live="polite">Loading…</p> : <ShareLinkList links={links} onRevoke={handleRevoke} />}
    </section>
  );
}
