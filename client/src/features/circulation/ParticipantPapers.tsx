import { circulationRoutes } from '@ehcp/shared';
import { ApiError, useApiQuery } from '../../api/index.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { formatLongDate } from '../../lib/dates.ts';
import { PapersPack } from './PapersPack.tsx';

/** "Papers for the meeting" on a participant's page: the circulated pack once the school has sent it. */
export function ParticipantPapers({ token }: { token: string }) {
  const query = useApiQuery(circulationRoutes.papers, { params: { token } });
  const isNotYet = query.error instanceof ApiError && query.error.code === 'papers_not_circulated';
  const error = isNotYet ? null : query.error;
  const papers = isNotYet ? 'not-yet' : (query.data?.papers ?? null);

  return (
    <section className="panel papers" aria-labelledby="papers-title" data-testid="participant-papers">
      <h2 id="papers-title">Papers for the meeting</h2>
      {error ? (
        <ErrorMessage error={error} />
      ) : papers === null ? (
        <p aria-live="polite">Loading…</p>
      ) : papers === 'not-yet' ? (
        <p className="muted">
          The school has not circulated the papers yet. When it does, everyone’s contributions will be here to read before the
          meeting.
        </p>
      ) : (
        <>
          <p>
            {papers.schoolName} circulated {papers.version > 1 ? 'an updated set of ' : ''}these papers on{' '}
            <time dateTime={papers.circulatedOn}>{formatLongDate(papers.circulatedOn)}</time>. They are what everyone sent for{' '}
            {papers.childFirstName}’s review, as they sent it; they cannot be changed.
          </p>
          <PapersPack contributions={papers.contributions} />
        </>
      )}
    </section>
  );
}
