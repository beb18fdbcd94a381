import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { attachmentRoutes, type AttachmentView } from '@ehcp/shared';
import { callApi, uploadFile, urlOf, useApiQuery, useInvalidate } from '../../api/index.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { AttachFileForm } from './AttachFileForm.tsx';
import { AttachmentList } from './AttachmentList.tsx';
import { VoiceRecorder } from './VoiceRecorder.tsx';
import { Feedback } from './Feedback.tsx';

/**
 * The child's voice beside the written contribution: a photo, a drawing, a voice note or a
 * document added through the participant's own link, until they send their contribution (then
 * the files are locked with it and go into the papers). Listed with a link to each.
 */
export function ContributionAttachments({ token, child, isSubmitted }: { token: string; child: string; isSubmitted: boolean }) {
  const { t } = useTranslation();
  const query = useApiQuery(attachmentRoutes.participantList, { params: { token } });
  const invalidate = useInvalidate();
  const [removeError, setRemoveError] = useState<string | null>(null);
  const [removed, setRemoved] = useState('');
  const files = query.data?.attachments ?? null;
  const refresh = () => void invalidate(attachmentRoutes.participantList);
  const upload = (file: Blob, name: string, description: string) =>
    uploadFile(attachmentRoutes.participantUpload, { params: { token }, query: { name, description } }, file).then(
      ({ attachment }) => attachment,
    );
  const remove = async (file: AttachmentView) => {
    setRemoveError(null);
    setRemoved('');
    try {
      await callApi(attachmentRoutes.participantRemove, { params: { token, attachmentId: file.id } });
      setRemoved(t('attachments.removed', { name: file.name }));
      refresh();
    } catch {
      setRemoveError(t('attachments.removeFailed'));
    }
  };

  return (
    <section className="panel attachments" aria-labelledby="attachments-title" data-testid="contribution-attachments">
      <h2 id="attachments-title">{t('attachments.title')}</h2>
      <p>{t('attachments.intro', { child })}</p>
      {query.error && <ErrorMessage error={query.error} />}
      {files && files.length === 0 && <p className="muted">{t('attachments.none')}</p>}
      {files && (
        <AttachmentList
          files={files}
          label={t('attachments.listTitle')}
          hrefOf={(file) => urlOf(attachmentRoutes.participantDownload, { params: { token, attachmentId: file.id } })}
          onRemove={isSubmitted ? undefined : (file) => void remove(file)}
        />
      )}
      <Feedback error={removeError} result={removed} />
      {isSubmitted ? (
        <p className="muted">{t('attachments.locked')}</p>
      ) : (
        <>
          <AttachFileForm kind="contribution" hintKey="attachments.fileHint" upload={upload} onAdded={refresh} />
          <VoiceRecorder upload={upload} onAdded={refresh} />
        </>
      )}
    </section>
  );
}
