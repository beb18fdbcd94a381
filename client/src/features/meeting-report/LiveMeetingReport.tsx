import type { ReactNode } from 'react';
import type { QuotedContribution } from '@ehcp/shared';
import { useCollabDoc } from '../../editor/index.ts';
import { useLeaveWarning } from '../../hooks/useLeaveWarning.ts';
import { SaveStatusBadge } from '../../components/SaveStatusBadge.tsx';
import type { Invitee } from './AddInvitees.tsx';
import { MeetingReportForm, type ReportParts } from './MeetingReportForm.tsx';
import { RemoteChanges } from './RemoteChanges.tsx';

interface LiveMeetingReportProps {
  docName: string;
  /** A participant's link token; staff connect with their session instead. */
  participantToken?: string;
  user: { name: string; color: string };
  parts: ReportParts;
  contributions: QuotedContribution[] | null;
  invitees?: Invitee[];
  /** Shown beside the save status. */
  heading?: ReactNode;
}

/**
 * The meeting report connected live: one collaborative document, its save status, and the
 * structured form. Editable only while the server gives this connection the editor role.
 */
export function LiveMeetingReport({ docName, participantToken, heading, ...form }: LiveMeetingReportProps) {
  const live = useCollabDoc(docName, participantToken ? { participantToken } : {});
  const { collab } = live;
  useLeaveWarning(live.state.hasUnsavedChanges && live.isEditable);
  return (
    <>
      <div className="report-head">
        {heading}
        <SaveStatusBadge live={live} />
      </div>
      {collab && <RemoteChanges collab={collab} />}
      {collab && <MeetingReportForm collab={collab} isEditable={live.isEditable} writer={live.writer} {...form} />}
    </>
  );
}
