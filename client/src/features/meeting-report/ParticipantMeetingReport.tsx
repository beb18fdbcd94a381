import { useState } from 'react';
import { participantRoutes } from '@ehcp/shared';
import { useApiQuery } from '../../api/index.ts';
import { LiveMeetingReport } from './LiveMeetingReport.tsx';

/**
 * The review meeting's report, for someone invited by link: everyone in the meeting writes it
 * together. Opened on request, so reading the invitation does not join the meeting.
 */
export function ParticipantMeetingReport({ token, name }: { token: string; name: string }) {
  const meeting = useApiQuery(participantRoutes.meeting, { params: { token } }).data?.meeting;
  const [isOpen, setIsOpen] = useState(false);
  if (!meeting) return null;
  return (
    <section className="panel" aria-labelledby="meeting-report-title" data-testid="participant-meeting">
      <h2 id="meeting-report-title">The review meeting</h2>
      {meeting.status === 'finalised' ? (
        <p>The meeting report has been finalised by the school. They will send you a copy.</p>
      ) : (
        <>
          <p>
            {meeting.meetingDescription ? `The meeting is on ${meeting.meetingDescription}. ` : ''}
            In the meeting, everyone writes the review report together. Open it when the meeting starts.
          </p>
          {isOpen ? (
            <LiveMeetingReport
              docName={meeting.reportDocName}
              participantToken={token}
              user={{ name, color: '#047857' }}
              parts={meeting.reportParts}
              contributions={null}
            />
          ) : (
            <button type="button" onClick={() => setIsOpen(true)}>
              Open the meeting report
            </button>
          )}
        </>
      )}
    </section>
  );
}
