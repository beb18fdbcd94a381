import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentView } from '@ehcp/shared';
import { useFocusOnChange } from '../../hooks/useFocusOnChange.ts';
import { uploadErrorMessage } from './attachment-errors.ts';
import type { Upload } from './AttachFileForm.tsx';
import { Feedback } from './Feedback.tsx';

/** A voice note stops by itself after this long (about 1 MB of Opus: far under the file limit). */
export const VOICE_NOTE_MAX_SECONDS = 180;

/** The first recording format this browser makes, and the extension its file gets. */
function recordingFormat(): { mimeType: string; extension: string } | null {
  if (typeof MediaRecorder === 'undefined') return null;
  const formats = [
    { mimeType: 'audio/webm;codecs=opus', extension: 'webm' },
    { mimeType: 'audio/ogg;codecs=opus', extension: 'ogg' },
    { mimeType: 'audio/mp4', extension: 'm4a' },
  ];
  return formats.find((format) => MediaRecorder.isTypeSupported(format.mimeType)) ?? null;
}

const canRecord = () => typeof navigator !== 'undefined' && !!navigator.mediaDevices?.getUserMedia && recordingFormat() !== null;

type State =
  { kind: 'idle' } | { kind: 'recording'; seconds: number } | { kind: 'ready'; blob: Blob; url: string; extension: string };

/**
 * "Record a voice note" in the browser (MediaRecorder): start, stop, listen back, then add it
 * or record again. Where the browser cannot record (or the microphone is refused) it says so and
 * points to the file input, which accepts recordings made on the phone.
 */
export function VoiceRecorder({ upload, onAdded }: { upload: Upload; onAdded: (file: AttachmentView) => void }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState('');
  const [isBusy, setIsBusy] = useState(false);
  const recorder = useRef<MediaRecorder | null>(null);
  const stopRef = useFocusOnChange<HTMLButtonElement>(state.kind === 'recording');
  const readyRef = useFocusOnChange<HTMLParagraphElement>(state.kind === 'ready');

  // Release the microphone and the preview when leaving the page.
  useEffect(
    () => () => {
      recorder.current?.stream.getTracks().forEach((track) => track.stop());
    },
    [],
  );
  useEffect(() => (state.kind === 'ready' ? () => URL.revokeObjectURL(state.url) : undefined), [state]);
  useEffect(() => {
    if (state.kind !== 'recording') return undefined;
    if (state.seconds >= VOICE_NOTE_MAX_SECONDS) {
      recorder.current?.stop();
      return undefined;
    }
    const timer = setTimeout(() => setState({ kind: 'recording', seconds: state.seconds + 1 }), 1000);
    return () => clearTimeout(timer);
  }, [state]);

  if (!canRecord()) return <p className="muted">{t('attachments.record.unavailable')}</p>;

  const start = async () => {
    setError(null);
    setResult('');
    const format = recordingFormat()!;
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      const chunks: Blob[] = [];
      const media = new MediaRecorder(stream, { mimeType: format.mimeType });
      media.ondataavailable = (event) => chunks.push(event.data);
      media.onstop = () => {
        stream.getTracks().forEach((track) => track.stop());
        const blob = new Blob(chunks, { type: format.mimeType.split(';')[0] });
        setState({ kind: 'ready', blob, url: URL.createObjectURL(blob), extension: format.extension });
      };
      recorder.current = media;
      media.start();
      setState({ kind: 'recording', seconds: 0 });
    } catch {
      setError(t('attachments.record.denied'));
    }
  };

  const add = async () => {
    if (state.kind !== 'ready') return;
    setIsBusy(true);
    setError(null);
    try {
      const added = await upload(
        state.blob,
        `${t('attachments.record.name')}.${state.extension}`,
        t('attachments.record.description'),
      );
      setState({ kind: 'idle' });
      setResult(t('attachments.added', { name: added.name }));
      onAdded(added);
    } catch (caught) {
      setError(uploadErrorMessage(caught, t));
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <div className="voice-recorder" role="group" aria-labelledby="voice-title">
      <h3 id="voice-title">{t('attachments.record.title')}</h3>
      <p className="hint">{t('attachments.record.limit', { minutes: VOICE_NOTE_MAX_SECONDS / 60 })}</p>
      {state.kind === 'idle' && (
        <button type="button" className="secondary" onClick={() => void start()}>
          {t('attachments.record.start')}
        </button>
      )}
      {state.kind === 'recording' && (
        <>
          <p aria-live="off" className="recording">
            {t('attachments.record.recording', { seconds: state.seconds })}
          </p>
          <button type="button" ref={stopRef} onClick={() => recorder.current?.stop()}>
            {t('attachments.record.stop')}
          </button>
        </>
      )}
      {state.kind === 'ready' && (
        <>
          <p ref={readyRef} tabIndex={-1}>
            {t('attachments.record.ready')}
          </p>
          <audio controls src={state.url} aria-label={t('attachments.record.preview')} />
          <div className="actions">
            <button type="button" onClick={() => void add()} disabled={isBusy}>
              {t('attachments.record.add')}
            </button>{' '}
            <button type="button" className="secondary" onClick={() => setState({ kind: 'idle' })} disabled={isBusy}>
              {t('attachments.record.again')}
            </button>
          </div>
        </>
      )}
      <Feedback error={error} result={result} />
    </div>
  );
}
