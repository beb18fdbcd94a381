import { useTranslation } from 'react-i18next';
import { formatFileSize, isAudioAttachment, isImageAttachment, type AttachmentView } from '@ehcp/shared';

/**
 * Attached files as a list of links: name (opens or downloads it), type and size, what it is,
 * and who added it; an image also shows small, a voice note gets a player. `hrefOf` gives each file's URL for the
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
          {isImageAttachment(file.mime) && <img className="attachment-thumb" src={hrefOf(file)} alt={file.description} />}
          <a href={hrefOf(file)} className="attachment-name">
            {file.name}
          </a>
          <p className="muted small">
            {t('attachments.item', { type: file.typeLabel, size: formatFileSize(file.size) })}
            {showUploader &&
              ` · ${t('attachments.addedBy', { name: file.roleLabel ? `${file.uploadedByName} (${file.roleLabel})` : file.uploadedByName })}`}
          </p>
          {file.description && <p className="attachment-description">{file.description}</p>}
          {isAudioAttachment(file.mime) && (
            <audio controls preload="none" src={hrefOf(file)} aria-label={t('attachments.play', { name: file.name })} />
          )}
          {onRemove && (
            <button
              type="button"
              className="secondary"
              aria-label={t('attachments.remove', { name: file.name })}
              onClick={() => onRemove(file)}
            >
              {t('attachments.removeShort')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
