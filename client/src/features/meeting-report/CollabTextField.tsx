import { useId } from 'react';
import { useReportText, type ReportFieldRef } from '../../editor/index.ts';
import { FieldCarets, FieldPresenceLabels } from './FieldPresence.tsx';
import { fieldPath } from './focus-field.ts';

interface CollabTextFieldProps {
  field: ReportFieldRef;
  label: string;
  multiline?: boolean;
  isEditable: boolean;
}

/**
 * A labelled text box whose content is shared live with everyone in the meeting, with the
 * others who are in it: their name (and "is typing…") on the box's top edge, their caret in it.
 * The box is uncontrolled: the binding writes its value, so React never renders an old one over newer text.
 */
export function CollabTextField({ field, label, multiline = false, isEditable }: CollabTextFieldProps) {
  const { bind, element, exists, others } = useReportText(field, isEditable);
  const id = useId();
  const presenceId = `${id}-presence`;
  const common = {
    id,
    ref: bind,
    readOnly: !isEditable || !exists,
    'data-field': fieldPath(field),
    'aria-describedby': others.length > 0 ? presenceId : undefined,
  };
  return (
    <div className="collab-field">
      <label htmlFor={id}>{label}</label>
      <div className="collab-field__box">
        {multiline ? <textarea {...common} rows={2} /> : <input {...common} type="text" />}
        <FieldCarets others={others} control={element} />
        <FieldPresenceLabels others={others} id={presenceId} />
      </div>
    </div>
  );
}
