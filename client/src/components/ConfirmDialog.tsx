import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A modal question before something that cannot be undone (the browser's own `<dialog>`: focus
 * moves into it, Escape closes it, the page behind is inert). Open while `subject` is not null.
 */
export function ConfirmDialog<T>({
  subject,
  title,
  confirmLabel,
  onConfirm,
  onClose,
  children,
}: {
  subject: T | null;
  title: string;
  confirmLabel: string;
  onConfirm: (subject: T) => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (subject !== null && !dialog?.open) dialog?.showModal();
    if (subject === null && dialog?.open) dialog.close();
  }, [subject]);
  return (
    <dialog ref={ref} aria-labelledby="confirm-title" className="confirm-dialog" onClose={onClose}>
      <h2 id="confirm-title">{title}</h2>
      {children}
      <div className="button-row">
        <button type="button" className="danger" onClick={() => subject !== null && onConfirm(subject)}>
          {confirmLabel}
        </button>
        <button type="button" className="secondary" onClick={() => ref.current?.close()}>
          Keep
        </button>
      </div>
    </dialog>
  );
}
