import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ATTACHMENT_TYPES,
  LIMITS,
  attachmentTypesFor,
  formatFileSize,
  type AttachmentKind,
  type AttachmentView,
} from '@ehcp/shared';
import { uploadErrorMessage } from './attachment-errors.ts';
import { Feedback } from './Feedback.tsx';

/** Sends one file with its name and description; answers the stored file. */
export type Upload = (file: Blob, name: string, description: string) => Promise<AttachmentView>;

/** What the file chooser offers: the accepted types and their extensions (the server checks the content). */
const acceptFor = (kind: AttachmentKind) =>
  attachmentTypesFor(kind)
    .flatMap((mime) => [mime, `.${ATTACHMENT_TYPES[mime].extension}`])
    .concat(kind === 'contribution' ? ['.jpeg', '.mp4', '.opus'] : ['.jpeg'])
    .join(',');

/**
 * Choosing a file, saying what it is, and adding it. The size is checked here first (the server
 * checks it again, and the type by content); errors are announced and focus goes back to the
 * file input, the result is announced in a status line.
 */
export function AttachFileForm({
  kind,
  upload,
  onAdded,
  hintKey,
  descriptionHintKey = 'attachments.descriptionHint',
}: {
  kind: AttachmentKind;
  upload: Upload;
  onAdded: (file: AttachmentView) => void;
  /** The hint under the file input (what may be chosen). */
  hintKey: 'attachments.fileHint' | 'attachments.papersHint';
  /** The example under the description. */
  descriptionHintKey?: 'attachments.descriptionHint' | 'attachments.papersDescriptionHint';
}) {
  const { t } = useTranslation();
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState('');
  const [isBusy, setIsBusy] = useState(false);
  const max = kind === 'papers' ? LIMITS.paperAttachmentsMax : LIMITS.contributionAttachmentsMax;

  const fail = (message: string) => {
    setError(message);
    fileRef.current?.focus();
  };
  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setResult('');
    const file = fileRef.current?.files?.[0];
    if (!file) return fail(t('attachments.noFile'));
    if (file.size > LIMITS.attachmentMaxBytes)
      return fail(t('attachments.tooLarge', { size: formatFileSize(LIMITS.attachmentMaxBytes) }));
    setError(null);
    setIsBusy(true);
    try {
      const added = await upload(file, file.name, description.trim());
      setDescription('');
      if (fileRef.current) fileRef.current.value = '';
      setResult(t('attachments.added', { name: added.name }));
      onAdded(added);
    } catch (caught) {
      fail(uploadErrorMessage(caught, t));
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <form className="attach-form" onSubmit={(event) => void handleSubmit(event)} noValidate>
      <label htmlFor={`${id}-file`}>{t('attachments.chooseFile')}</label>
      <p className="hint" id={`${id}-hint`}>
        {t(hintKey, { size: formatFileSize(LIMITS.attachmentMaxBytes), count: max })}
      </p>
      <input
        id={`${id}-file`}
        ref={fileRef}
        type="file"
        accept={acceptFor(kind)}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={error ? true : undefined}
        data-testid="attach-file-input"
      />
      <label htmlFor={`${id}-description`}>{t('attachments.description')}</label>
      <p className="hint" id={`${id}-description-hint`}>
        {t(descriptionHintKey)}
      </p>
      <input
        id={`${id}-description`}
        value={description}
        maxLength={LIMITS.attachmentDescriptionMax}
        onChange={(event) => setDescription(event.target.value)}
        aria-describedby={`${id}-description-hint`}
      />
      <Feedback error={error} result={result} errorId={`${id}-error`} testId="attach-result" />
      <div className="actions">
        <button type="submit" disabled={isBusy}>
          {isBusy ? t('attachments.uploading') : t('attachments.upload')}
        </button>
      </div>
    </form>
  );
}
