import { useState, type FormEvent } from 'react';
import { useFocusOnChange } from '../../hooks/useFocusOnChange.ts';
import { useTranslation } from 'react-i18next';
import { CallRequestSchema, participantRoutes, type CallRequest } from '@ehcp/shared';
import { callApi } from '../../api/index.ts';

/**
 * "Would you rather talk to someone?": the participant asks to be phoned instead of writing.
 * Validated with the server's schema first; the SENDCo sees the request on the tracker.
 */
export function CallRequestPanel({ token, initial }: { token: string; initial: CallRequest | null }) {
  const { t } = useTranslation();
  const [request, setRequest] = useState(initial);
  const [isOpen, setIsOpen] = useState(false);
  const [phone, setPhone] = useState('');
  const [bestTime, setBestTime] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const phoneRef = useFocusOnChange<HTMLInputElement>(isOpen);
  // The confirmation takes focus when a request has just been made, so it is heard.
  const doneRef = useFocusOnChange<HTMLParagraphElement>(request && !isOpen ? request.at : null);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = CallRequestSchema.safeParse({ phone, bestTime: bestTime || undefined });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.path[0] === 'bestTime' ? t('call.tooLong') : t('call.badPhone'));
      phoneRef.current?.focus();
      return;
    }
    setError(null);
    setIsBusy(true);
    try {
      const { callRequest } = await callApi(participantRoutes.callRequest, { params: { token }, body: parsed.data });
      setRequest(callRequest);
      setIsOpen(false);
    } catch {
      setError(t('call.failed'));
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <section className="panel call-request" aria-labelledby="call-title" data-testid="call-request">
      <h2 id="call-title">{t('call.title')}</h2>
      <p>{t('call.intro')}</p>
      {request && !isOpen ? (
        <div className="sent" role="status">
          <p ref={doneRef} tabIndex={-1} data-testid="call-requested">
            {t('call.done', { phone: request.phone })}
          </p>
          {request.bestTime && <p>{t('call.doneWhen', { when: request.bestTime })}</p>}
        </div>
      ) : null}
      {isOpen ? (
        <form onSubmit={(e) => void handleSubmit(e)} noValidate>
          <label htmlFor="call-phone">{t('call.phone')}</label>
          <p className="hint" id="call-phone-hint">
            {t('call.phoneHint')}
          </p>
          <input
            id="call-phone"
            ref={phoneRef}
            type="tel"
            autoComplete="tel"
            dir="ltr"
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
            aria-describedby={error ? 'call-phone-hint call-error' : 'call-phone-hint'}
            aria-invalid={error ? true : undefined}
          />
          <label htmlFor="call-best-time">{t('call.bestTime')}</label>
          <input id="call-best-time" value={bestTime} onChange={(e) => setBestTime(e.target.value)} />
          {error && (
            <p id="call-error" role="alert" className="error">
              {error}
            </p>
          )}
          <div className="actions">
            <button type="submit" disabled={isBusy}>
              {t('call.submit')}
            </button>{' '}
            <button type="button" className="secondary" onClick={() => setIsOpen(false)}>
              {t('call.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="secondary" onClick={() => setIsOpen(true)}>
          {t('call.open')}
        </button>
      )}
    </section>
  );
}
