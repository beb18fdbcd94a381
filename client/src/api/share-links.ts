import type { ShareLinkSummary } from '@ehcp/shared';
import { apiRequest } from './client.ts';

const shareLinksPath = (reviewId: string) => `/api/reviews/${encodeURIComponent(reviewId)}/share-links`;

/** A review's LA links (list and withdraw; creating one is `api.createShareLink`). */
export const shareLinksApi = {
  list: (reviewId: string) => apiRequest<{ links: ShareLinkSummary[] }>('GET', shareLinksPath(reviewId)),
  revoke: (reviewId: string, linkId: string) =>
    apiRequest<{ link: ShareLinkSummary }>('POST', `${shareLinksPath(reviewId)}/${encodeURIComponent(linkId)}/revoke`),
};

/** The audit trail as a CSV file; a plain link, so the browser downloads it with the session cookie. */
export const AUDIT_EXPORT_URL = '/api/audit/export.csv';
