import { useState } from 'react';
import { sharingRoutes, type CreatedCalendarFeed } from '@ehcp/shared';
import { ApiError, callApi } from '../../api/index.ts';

/** Creates the SENDCo's calendar feed (ICS) of meetings and deadlines; the secret URL is shown once. */
export function CalendarFeedPanel() {
  const [feed, setFeed] = useState<CreatedCalendarFeed | null>(null);
  const [error, setError] = useState<string | null>(null);
  const handleCreate = async () => {
    setError(null);
    try {
      setFeed((await callApi(sharingRoutes.createCalendarFeed, {})).feed);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Could not create the feed.');
    }
  };
  const handleRevoke = async () => {
    if (!feed) return;
    await callApi(sharingRoutes.revokeCalendarFeed, { params: { feedId: feed.id } }).catch(() => undefined);
    setFeed(null);
  };
  return (
    <section className="panel" aria-labelledby="calendar-title">
      <h2 id="calendar-title">Calendar feed</h2>
      <p className="muted">Subscribe in Outlook or Google Calendar to see review meetings and statutory deadlines.</p>
      {feed ? (
        <div className="created-link">
          <label htmlFor="calendar-url">Feed address (copy it now; it will not be shown again)</label>
          <input id="calendar-url" readOnly value={feed.url} onFocus={(e) => e.target.select()} />
          <button type="button" className="secondary" onClick={() => void handleRevoke()}>
            Revoke this feed
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => void handleCreate()}>
          Create calendar feed
        </button>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
