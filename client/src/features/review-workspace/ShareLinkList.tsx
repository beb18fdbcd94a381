import { useState } from 'react';
import type { ShareLinkStatus, ShareLinkSummary } from '@ehcp/shared';
import { formatDateTime } from '../../lib/dates.ts';

const STATUS_LABELS: Record<ShareLinkStatus, string> = { active: 'Active', expired: 'Expired', revoked: 'Withdrawn' };
const STATUS_BADGES: Record<ShareLinkStatus, string> = { active: 'badge-ok', expired: 'badge-soon', revoked: 'badge-overdue' };

/** How often a link was opened, in words. */
function viewsText(link: ShareLinkSummary): string {
  if (link.viewCount === 0) return 'Not opened yet';
  const times = link.viewCount === 1 ? 'once' : `${link.viewCount} times`;
  return `Opened ${times}, last ${formatDateTime(link.lastViewedAt!)}`;
}

/** The latest openings of one link: when, which browser, and a reference to the (hashed) address. */
function ViewLog({ link }: { link: ShareLinkSummary }) {
  if (link.recentViews.length === 0) return null;
  const shown = link.recentViews.length < link.viewCount ? ` (latest ${link.recentViews.length})` : '';
  return (
    <details className="view-log">
      <summary>Openings{shown}</summary>
      <ul>
        {link.recentViews.map((view, index) => (
          <li key={`${view.at}-${index}`} data-testid="share-link-view">
            <strong>{formatDateTime(view.at)}</strong>
            <span className="small">{view.userAgent ?? 'Browser not given'}</span>
            {view.addressRef && <span className="small muted">Address reference {view.addressRef}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** One LA link: status, dates, openings, and withdrawing it after a confirmation. */
function ShareLinkItem({ link, onRevoke }: { link: ShareLinkSummary; onRevoke: (link: ShareLinkSummary) => Promise<void> }) {
  const [isConfirming, setIsConfirming] = useState(false);
  const created = formatDateTime(link.createdAt);
  return (
    <li data-testid="share-link">
      <div className="participant-head">
        <strong>Link created {created}</strong>
        <span className={`badge ${STATUS_BADGES[link.status]}`} data-testid="share-link-status">
          {STATUS_LABELS[link.status]}
        </span>
      </div>
      <div className="muted small">
        By {link.createdBy} ·{' '}
        {link.status === 'revoked'
          ? `withdrawn ${formatDateTime(link.revokedAt!)} by ${link.revokedBy ?? 'unknown'}`
          : `${link.status === 'expired' ? 'expired' : 'expires'} ${formatDateTime(link.expiresAt)}`}
      </div>
      <div className="small" data-testid="share-link-views">
        {viewsText(link)}
      </div>
      <ViewLog link={link} />
      {link.status !== 'revoked' &&
        (isConfirming ? (
          <div className="confirm" role="group" aria-label={`Withdraw the link created ${created}`}>
            <p>Withdraw this link? Anyone who opens it will be told it is no longer available. This cannot be undone.</p>
            <button type="button" onClick={() => void onRevoke(link).finally(() => setIsConfirming(false))}>
              Yes, withdraw the link
            </button>{' '}
            {/* Focus starts on the safe choice, so Enter pressed twice does not withdraw by accident. */}
            <button type="button" className="secondary" onClick={() => setIsConfirming(false)} autoFocus>
              Keep it
            </button>
          </div>
        ) : (
          <div className="participant-actions">
            <button type="button" className="secondary" onClick={() => setIsConfirming(true)}>
              Withdraw link<span className="visually-hidden"> created {created}</span>
            </button>
          </div>
        ))}
    </li>
  );
}

/** The review's LA links, newest first. */
export function ShareLinkList({
  links,
  onRevoke,
}: {
  links: ShareLinkSummary[];
  onRevoke: (link: ShareLinkSummary) => Promise<void>;
}) {
  if (links.length === 0) return <p className="muted">No links yet.</p>;
  return (
    <ul className="participant-list share-links" data-testid="share-links">
      {links.map((link) => (
        <ShareLinkItem key={link.id} link={link} onRevoke={onRevoke} />
      ))}
    </ul>
  );
}
