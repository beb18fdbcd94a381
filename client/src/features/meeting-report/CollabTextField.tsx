import { useId } from 'react';
import { useReportText, type ReportFieldRef } from '../../editor/index.ts';

interface CollabTextFieldProps {
  field: ReportFieldRef;
  label: string;
  multiline?: boolean;
  isEditable: boolean;
}

/** A labelled text box whose content is shared live with everyone in the meeting. */
export function CollabTextField({ field, label, multiline = false, isEditable }: CollabTextFieldProps) {
  const { value, onChange, bind, exists } = useReportText(field);
  const id = useId();
  const common = { id, value, onChange, readOnly: !isEditable || !exists };
  return (
    <div className="collab-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea {...common} ref={bind} rows={2} /> : <input {...common} ref={bind} type="text" />}
    </div>
  );
}
