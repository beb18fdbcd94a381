import { useId } from 'react';
import { useReportValue, type ReportFieldRef } from '../../editor/index.ts';
import { fieldPath } from './focus-field.ts';

interface ChoiceProps {
  field: ReportFieldRef;
  legend: string;
  options: readonly { value: string; label: string }[];
  isEditable: boolean;
}

/** Radio buttons whose choice is shared live with everyone in the meeting. */
export function ChoiceGroup({ field, legend, options, isEditable }: ChoiceProps) {
  const [value, setValue] = useReportValue(field);
  const name = useId();
  return (
    <fieldset className="choice-group">
      <legend>{legend}</legend>
      {options.map((option, index) => (
        <label key={option.value} className="radio">
          <input
            data-field={index === 0 ? fieldPath(field) : undefined}
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            disabled={!isEditable}
            onChange={() => setValue(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** A drop-down whose choice is shared live; for choices inside rows. */
export function ChoiceSelect({ field, legend, options, isEditable }: ChoiceProps) {
  const [value, setValue] = useReportValue(field);
  const id = useId();
  return (
    <div className="collab-field">
      <label htmlFor={id}>{legend}</label>
      <select
        id={id}
        data-field={fieldPath(field)}
        value={value ?? ''}
        disabled={!isEditable}
        onChange={(e) => setValue(e.target.value || null)}
      >
        <option value="">Choose…</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A date shared live (YYYY-MM-DD). */
export function CollabDateField({ field, label, isEditable }: { field: ReportFieldRef; label: string; isEditable: boolean }) {
  const [value, setValue] = useReportValue(field);
  const id = useId();
  return (
    <div className="collab-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        data-field={fieldPath(field)}
        type="date"
        value={value ?? ''}
        readOnly={!isEditable}
        onChange={(e) => setValue(e.target.value || null)}
      />
    </div>
  );
}
