import { useState, type FormEvent } from 'react';
import { describeMeeting, participantRoutes, reviewRoutes, type MeetingDetails } from '@ehcp/shared';
import { ApiError, useApiMutation } from '../../api/index.ts';

interface Draft {
  date: string;
  time: string;
  durationMinutes: string;
  place: string;
  videoLink: string;
}

const draftOf = (meeting: MeetingDetails | null): Draft => ({
  date: meeting?.date ?? '',
  time: meeting?.time ?? '',
  durationMinutes: String(meeting?.durationMinutes ?? 60),
  place: meeting?.place ?? '',
  videoLink: meeting?.videoLink ?? '',
});

/**
 * The review meeting, in view on the review page: when and where it is, and for the SENDCo the
 * form to book or move it (date, time, length, place, video link). Booking at short notice or after
 * the 12-month date is accepted, and the reason the law gives is shown as a warning.
 */
export function MeetingPanel({
  reviewId,
  meeting,
  canBook,
}: {
  reviewId: string;
  meeting: MeetingDetails | null;
  canBook: boolean;
}) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(meeting));
  // When the stored meeting changes (saved here, or elsewhere), the form shows it; the warnings
  // of the booking just made stay on screen (adjusting state while rendering, no remount).
  const [shown, setShown] = useState(meeting);
  if (JSON.stringify(shown) !== JSON.stringify(meeting)) {
    setShown(meeting);
    setDraft(draftOf(meeting));
  }
  const [warnings, setWarnings] = useState<string[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  // The invitation defaults (suggested due date, late notice) follow the meeting: refresh them too.
  const book = useApiMutation(reviewRoutes.bookMeeting, {
    invalidates: [reviewRoutes.detail, reviewRoutes.cycle, participantRoutes.list],
  });
  const set = (key: keyof Draft, value: string) => setDraft((d) => ({ ...d, [key]: value }));

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors([]);
    setSaved(false);
    try {
      const result = await book.mutateAsync({
        params: { reviewId },
        body: {
          date: draft.date,
          time: draft.time || null,
          durationMinutes: Number(draft.durationMinutes) || 60,
          place: draft.place.trim() || null,
          videoLink: draft.videoLink.trim() || null,
        },
      });
      setWarnings(result.warnings);
      setSaved(true);
    } catch (caught) {
      const details = caught instanceof ApiError ? caught.details.map((d) => `${d.path}: ${d.message}`) : [];
      setErrors(details.length > 0 ? details : [caught instanceof ApiError ? caught.message : 'Could not save the meeting.']);
    }
  };

  return (
    <section className="panel meeting-panel" aria-labelledby="meeting-title" data-testid="meeting-panel">
      <h2 id="meeting-title">Review meeting</h2>
      <p data-testid="meeting-summary">{meeting ? describeMeeting(meeting) : 'No meeting booked yet.'}</p>
      {meeting?.videoLink && (
        <p>
          <a href={meeting.videoLink} target="_blank" rel="noopener noreferrer">
            Join online
          </a>
        </p>
      )}
      {warnings.length > 0 && (
        // The alert role on a wrapper, not on the list: a list with another role loses its items' semantics.
        <div role="alert" data-testid="meeting-warnings">
          <ul className="warnings">
            {warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      )}
      {canBook && (
        <form onSubmit={(event) => void handleSubmit(event)} noValidate className="meeting-form">
          <div className="row-fields two">
            <div>
              <label htmlFor="meeting-date">Date</label>
              <input id="meeting-date" type="date" value={draft.date} onChange={(e) => set('date', e.target.value)} required />
            </div>
            <div>
              <label htmlFor="meeting-time">Time</label>
              <input id="meeting-time" type="time" value={draft.time} onChange={(e) => set('time', e.target.value)} />
            </div>
            <div>
              <label htmlFor="meeting-length">Length (minutes)</label>
              <input
                id="meeting-length"
                type="number"
                min={15}
                max={480}
                step={15}
                value={draft.durationMinutes}
                onChange={(e) => set('durationMinutes', e.target.value)}
              />
            </div>
            <div>
              <label htmlFor="meeting-place">Place</label>
              <input
                id="meeting-place"
                value={draft.place}
                onChange={(e) => set('place', e.target.value)}
                placeholder="Room, building"
              />
            </div>
          </div>
          <label htmlFor="meeting-video">Video link (optional)</label>
          <input
            id="meeting-video"
            type="url"
            value={draft.videoLink}
            onChange={(e) => set('videoLink', e.target.value)}
            placeholder="https://"
          />
          {errors.length > 0 && (
            <ul role="alert" className="error">
              {errors.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
          <button type="submit" disabled={book.isPending || !draft.date}>
            {meeting ? 'Save meeting' : 'Book meeting'}
          </button>
          <span role="status" className="success-note">
            {saved && !book.isPending ? ' Saved.' : ''}
          </span>
        </form>
      )}
    </section>
  );
}
