import { useTranslation } from 'react-i18next';
import { formatFileSize, isAudioAttachment, type AttachmentView } from '@ehcp/shared';

/**
 * Attached files as a list of links: name (opens or downloads it), type and size, what it is,
 * and who added it; a voice note also gets a player. `hrefOf` gives each file's URL for the
 * reader's own access (session, personal link or LA link); `onRemove`, when given, adds a
 * "Remove" button to each.
 */
export function AttachmentList({
  files,
  hrefOf,
  onRemove,
  showUploader = false,
  label,
  testId = 'attachment-list',
}: {
  files: AttachmentView[];
  hrefOf: (file: AttachmentView) => string;
  onRemove?: (file: AttachmentView) => void;
  showUploader?: boolean;
  /** The list's accessible name. */
  label: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  if (files.length === 0) return null;
  return (
    <ul className="attachment-list" aria-label={label} data-testid={testId}>
      {files.map((file) => (
        <li key={file.id} data-testid="attachment">
          <a href={hrefOf(file)} className="attachment-name">
            {file.name}
          </a>{' '}
          <span className="muted small">{t('attachments.item', { type: file.typeLabel, size: formatFileSize(file.size) })}</span>
          {file.description && <p className="attachment-description">{file.description}</p>}
          {showUploader && (
            <p className="muted small">
              {t('attachments.addedBy', {
                name: file.roleLabel ? `${file.uploadedByName} (${file.roleLabel})` : file.uploadedByName,
              })}
            </p>
          )}
          {isAudioAttachment(file.mime) && (
            <audio controls preload="none" src={hrefOf(file)} aria-label={t('attachments.play', { name: file.name })} />
          )}
          {onRemove && (
            <button type="button" className="secondary" onClick={() => onRemove(file)}>
              {t('attachments.remove', { name: file.name })}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
