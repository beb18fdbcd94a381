import { useState } from 'react';
import { optionLabel, participantRoutes, RECOMMENDATION_OPTIONS } from '@ehcp/shared';
import { useApiQuery } from '../../api/index.ts';
import { formatDate, formatDateTime } from '../../lib/dates.ts';
import { FinalisedReport } from './FinalisedReport.tsx';
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
        meeting.outcome ? (
          <div data-testid="participant-outcome">
            <p>
              The school finalised the meeting report on {formatDateTime(meeting.outcome.finalisedAt)}. This is what it sends to
              the local authority, which then decides.
            </p>
            <dl>
              <dt>Recommendation</dt>
              <dd data-testid="participant-outcome-recommendation">
                {optionLabel(RECOMMENDATION_OPTIONS, meeting.outcome.recommendation)}
              </dd>
              <dt>Reasons</dt>
              <dd className="pre-wrap">{meeting.outcome.reasons}</dd>
              {meeting.outcome.dates.decisionDueBy && (
                <>
                  <dt>The local authority’s decision is due by</dt>
                  <dd>{formatDate(meeting.outcome.dates.decisionDueBy)}</dd>
                </>
              )}
            </dl>
            <FinalisedReport outcome={meeting.outcome} />
          </div>
        ) : (
          <p>The meeting report has been finalised by the school.</p>
        )
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
