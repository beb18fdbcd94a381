import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CollabRoleReason } from '@ehcp/shared';
import type { LiveDocument } from '../editor/index.ts';

/** Keys of the status texts (`status.*` in the locale files): plain words, in the page's language. */
const READ_ONLY: Record<CollabRoleReason, string> = {
  open: 'status.readOnly',
  finalised: 'status.readOnlyFinalised',
  submitted: 'status.readOnlySent',
  'read-only-link': 'status.readOnly',
  reader: 'status.readOnly',
};

const CLOSED: Record<string, string> = {
  'link-unavailable': 'status.closedLink',
  'signed-out': 'status.closedSignedOut',
  'no-access': 'status.closedNoAccess',
  'not-your-part': 'status.closedNotYourPart',
  'not-found': 'status.closedNotFound',
  'document-full': 'status.closedFull',
  refused: 'status.closedRefused',
  'too-fast': 'status.closedTooFast',
};

function labelOf({ status, state }: LiveDocument, t: TFunction): string {
  switch (status) {
    case 'connecting':
      return t('status.connecting');
    case 'offline':
      return state.hasUnsavedChanges ? t('status.offlineUnsaved') : t('status.offline');
    case 'saving':
      return t('status.saving');
    case 'saved':
      return t('status.saved');
    case 'paused':
      return state.paused === 'submitting' ? t('status.pausedSending') : t('status.pausedFinalising');
    case 'read-only':
      return t(READ_ONLY[state.role?.reason ?? 'open']);
    case 'not-saved':
      return state.role?.reason === 'submitted' ? t('status.notSavedSent') : t('status.notSavedFinalised');
    case 'closed':
      return `${state.hasUnsavedChanges ? t('status.notSavedPrefix') : ''}${t(CLOSED[state.closedBecause ?? 'refused'] ?? CLOSED.refused!)}`;
  }
}

/**
 * Connection and durability status, announced politely to screen readers. "Saved" only when the
 * server has said everything on screen is in the database; otherwise it says why not.
 */
export function SaveStatusBadge({ live }: { live: LiveDocument }) {
  const { t } = useTranslation();
  const canDiscard = live.status === 'not-saved' || live.state.closedBecause === 'not-your-part';
  return (
    <div className="save-status-box">
      <p className={`save-status save-status-${live.status}`} role="status" aria-live="polite" data-testid="save-status">
        {labelOf(live, t)}
      </p>
      {canDiscard && (
        <button type="button" className="secondary small" onClick={live.discardLocalChanges}>
          {t('status.discard')}
        </button>
      )}
    </div>
  );
}
