import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { optionLabel, participantRoutes, RECOMMENDATION_OPTIONS, type ParticipantRole } from '@ehcp/shared';
import { useApiQuery } from '../../api/index.ts';
import { useLocalDates } from '../../i18n/useLocalDates.ts';
import { formatDate, formatDateTime } from '../../lib/dates.ts';
import { FinalisedReport } from './FinalisedReport.tsx';
import { LiveMeetingReport } from './LiveMeetingReport.tsx';
import { OpenPartsContext } from './ReportPart.tsx';

/**
 * The parts a family member writes in during the meeting (the family's parts under field roles:
 * both views, the evidence of progress and proposed changes); the rest is folded, to read when
 * they want.
 */
const FAMILY_PARTS = ['young-person-views', 'parent-views', 'outcomes', 'changes'] as const;
const OWN_PARTS: Partial<Record<ParticipantRole, readonly string[]>> = {
  parent_carer: FAMILY_PARTS,
  young_person: FAMILY_PARTS,
};

/**
 * The review meeting's report, for someone invited by link: everyone in the meeting writes it
 * together. Opened on request, so reading the invitation does not join the meeting.
 */
export function ParticipantMeetingReport({ token, name, role }: { token: string; name: string; role: ParticipantRole }) {
  const { t } = useTranslation();
  const { longDate } = useLocalDates();
  const meeting = useApiQuery(participantRoutes.meeting, { params: { token } }).data?.meeting;
  const [isOpen, setIsOpen] = useState(false);
  if (!meeting) return null;
  return (
    <section className="panel" aria-labelledby="meeting-report-title" data-testid="participant-meeting">
      <h2 id="meeting-report-title">{t('meeting.title')}</h2>
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
          <p>{t('meeting.finalised')}</p>
        )
      ) : (
        <>
          <p>
            {meeting.meetingDate ? `${t('meeting.on', { date: longDate(meeting.meetingDate) })} ` : ''}
            {t('meeting.intro')}
          </p>
          {isOpen ? (
            <OpenPartsContext.Provider value={OWN_PARTS[role] ?? null}>
              <LiveMeetingReport
                docName={meeting.reportDocName}
                participantToken={token}
                user={{ name, color: '#047857' }}
                parts={meeting.reportParts}
                contributions={null}
              />
            </OpenPartsContext.Provider>
          ) : (
            <button type="button" onClick={() => setIsOpen(true)}>
              {t('meeting.open')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
