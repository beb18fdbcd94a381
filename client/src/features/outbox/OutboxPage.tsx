import { participantRoutes, type OutboxMessage } from '@ehcp/shared';
import { useApiQuery } from '../../api/index.ts';
import { CopyButton, LinkedText } from '../../components/CopyButton.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';

const STATUS_LABELS: Record<OutboxMessage['status'], string> = {
  queued: 'Not sent (no mail server): forward it yourself',
  sent: 'Sent',
  failed: 'Could not be sent',
};

/** The personal links (`/p/…`, `/la/…`, `/set-password/…`) in a message, each once. */
const linksIn = (text: string) => [...new Set(text.match(/https?:\/\/[^\s<>"]+\/(?:p|la|set-password)\/[A-Za-z0-9_-]+/g) ?? [])];

/** Every email the app has written for the school, newest first (SENDCo only). */
export function OutboxPage() {
  usePageTitle('Outbox');
  const { data, error } = useApiQuery(participantRoutes.outbox, {});
  const messages = data?.messages;

  if (error) return <ErrorMessage error={error} />;
  if (!messages) return <p aria-live="polite">Loading outbox…</p>;
  return (
    <div className="outbox-page">
      <h1>Outbox</h1>
      <p className="lede">
        Every email this app has written for your school. Links in them are personal: forward each only to its recipient.
      </p>
      {messages.length === 0 && <p className="muted">No emails yet.</p>}
      <ul className="outbox" data-testid="outbox">
        {messages.map((message) => (
          <li key={message.id} className="panel" data-testid="outbox-message">
            <details>
              <summary>
                <strong dir="auto">{message.subject}</strong>
                <span className="muted">
                  {' '}
                  to {message.to} · {formatDateTime(message.createdAt)} ·{' '}
                </span>
                <span
                  className={`badge ${message.status === 'sent' ? 'badge-ok' : message.status === 'failed' ? 'badge-overdue' : 'badge-soon'}`}
                >
                  {STATUS_LABELS[message.status]}
                </span>
              </summary>
              {message.error && <p className="error">{message.error}</p>}
              <pre className="mail-text" data-testid="outbox-text">
                <LinkedText text={message.text} />
              </pre>
              {linksIn(message.text).map((link) => (
                <p key={link} className="outbox-link">
                  <CopyButton text={link} label="Copy link" /> <span className="muted small">{link}</span>
                </p>
              ))}
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
