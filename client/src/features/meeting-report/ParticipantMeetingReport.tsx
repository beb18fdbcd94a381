import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantMeeting } from '@ehcp/shared';
import { participantsApi } from '../../api/index.ts';
import { useLocalDates } from '../../i18n/useLocalDates.ts';
import { LiveMeetingReport } from './LiveMeetingReport.tsx';

/**
 * The review meeting's report, for someone invited by link: everyone in the meeting writes it
 * together. Opened on request, so reading the invitation does not join the meeting.
 */
export function ParticipantMeetingReport({ token, name }: { token: string; name: string }) {
  const { t } = useTranslation();
  const { longDate } = useLocalDates();
  const [meeting, setMeeting] = useState<ParticipantMeeting | null>(null);
  const [isOpen, setIsOpen] = useState(false);
  useEffect(() => {
    participantsApi.meeting(token).then(
      ({ meeting: loaded }) => setMeeting(loaded),
      () => setMeeting(null),
    );
  }, [token]);
  if (!meeting) return null;
  return (
    <section className="panel" aria-labelledby="meeting-report-title" data-testid="participant-meeting">
      <h2 id="meeting-report-title">{t('meeting.title')}</h2>
      {meeting.status === 'finalised' ? (
        <p>{t('meeting.finalised')}</p>
      ) : (
        <>
          <p>
            {meeting.meetingDate ? `${t('meeting.on', { date: longDate(meeting.meetingDate) })} ` : ''}
            {t('meeting.intro')}
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
              {t('meeting.open')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
