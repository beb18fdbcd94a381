import { useState } from 'react';
import { attachmentRoutes, circulationRoutes, type AttachmentView } from '@ehcp/shared';
import { ApiError, uploadFile, urlOf, useApiMutation, useApiQuery, useInvalidate } from '../../api/index.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { AttachFileForm } from './AttachFileForm.tsx';
import { AttachmentList } from './AttachmentList.tsx';
import { Feedback } from './Feedback.tsx';

/**
 * Files with the review's papers, on the review page: the SENDCo attaches reports and letters
 * (PDF, Word, images) while the review is open and may remove any file, the participants' too;
 * every staff member who sees the review opens them. They go out with the circulated papers and
 * are listed on the LA link once finalised.
 */
export function PapersAttachmentsPanel({ reviewId, canManage }: { reviewId: string; canManage: boolean }) {
  const query = useApiQuery(attachmentRoutes.list, { params: { reviewId } });
  const invalidates = [attachmentRoutes.list, circulationRoutes.get];
  const removal = useApiMutation(attachmentRoutes.remove, { invalidates });
  const invalidate = useInvalidate();
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const files = query.data?.attachments ?? null;
  const hrefOf = (file: AttachmentView) => urlOf(attachmentRoutes.download, { params: { reviewId, attachmentId: file.id } });
  const remove = async (file: AttachmentView) => {
    setError(null);
    try {
      await removal.mutateAsync({ params: { reviewId, attachmentId: file.id } });
      setMessage(`${file.name} has been removed.`);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Could not remove the file. Please try again.');
    }
  };
  const papers = files?.filter((file) => file.kind === 'papers') ?? [];
  const contributions = files?.filter((file) => file.kind === 'contribution') ?? [];
  const onRemove = canManage ? (file: AttachmentView) => void remove(file) : undefined;

  return (
    <section className="panel attachments" aria-labelledby="papers-files-title" data-testid="papers-attachments">
      <h2 id="papers-files-title">Files with the papers</h2>
      {query.error && <ErrorMessage error={query.error} />}
      {files && files.length === 0 && <p className="muted">No files attached yet.</p>}
      <AttachmentList files={papers} hrefOf={hrefOf} onRemove={onRemove} showUploader label="Files attached to the papers" />
      {contributions.length > 0 && (
        <>
          <h3>From contributions</h3>
          <AttachmentList
            files={contributions}
            hrefOf={hrefOf}
            onRemove={onRemove}
            showUploader
            label="Files attached to contributions"
            testId="contribution-files"
          />
        </>
      )}
      <Feedback error={error} result={message} />
      {canManage && (
        <AttachFileForm
          kind="papers"
          hintKey="attachments.papersHint"
          descriptionHintKey="attachments.papersDescriptionHint"
          upload={(file, name, description) =>
            uploadFile(attachmentRoutes.upload, { params: { reviewId }, query: { name, description } }, file).then(
              ({ attachment }) => attachment,
            )
          }
          onAdded={() => {
            setMessage('');
            void invalidate(...invalidates);
          }}
        />
      )}
    </section>
  );
}
