import type { ReactNode } from 'react';
import type { QuotedContribution } from '@ehcp/shared';
import { useCollabDoc } from '../../editor/index.ts';
import { SaveStatusBadge } from '../review-workspace/SaveStatusBadge.tsx';
import type { Invitee } from './AddInvitees.tsx';
import { MeetingReportForm, type ReportParts } from './MeetingReportForm.tsx';

interface LiveMeetingReportProps {
  docName: string;
  /** A participant's link token; staff connect with their session instead. */
  participantToken?: string;
  isReadOnly: boolean;
  user: { name: string; color: string };
  parts: ReportParts;
  contributions: QuotedContribution[] | null;
  invitees?: Invitee[];
  /** Shown beside the save status. */
  heading?: ReactNode;
}

/**
 * The meeting report connected live: one collaborative document, its save status, and the
 * structured form. Editable until the server says otherwise (read-only or closed for good).
 */
export function LiveMeetingReport({ docName, participantToken, isReadOnly, heading, ...form }: LiveMeetingReportProps) {
  const { collab, status } = useCollabDoc(docName, { isReadOnly, ...(participantToken ? { participantToken } : {}) });
  return (
    <>
      <div className="report-head">
        {heading}
        <SaveStatusBadge status={status} />
      </div>
      {collab && (
        <MeetingReportForm collab={collab} isEditable={!isReadOnly && status !== 'read-only' && status !== 'closed'} {...form} />
      )}
    </>
  );
}
