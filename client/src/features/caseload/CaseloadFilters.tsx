import { useId, useState, type FormEvent } from 'react';
import { CASELOAD_SORTS, REVIEW_STAGES, URGENCIES, type CaseloadPage, type CaseloadQuery } from '@ehcp/shared';
import { yearGroupLabel } from '../../lib/dates.ts';
import { SORT_LABELS, STAGES, URGENCY } from './caseload-labels.ts';

/** The caseload's search and filters, as the page keeps them (blank: no filter). */
export type CaseloadFilterState = Pick<CaseloadQuery, 'sort'> & {
  q: string;
  yearGroup: string;
  la: string;
  stage: string;
  urgency: string;
};

export const NO_FILTERS: CaseloadFilterState = { q: '', yearGroup: '', la: '', stage: '', urgency: '', sort: 'urgency' };

/**
 * Search by name or UPN (applied on "Search", so each key press is not a request) and filters by
 * year group, local authority, stage and urgency, applied as they change; the order of the list.
 */
export function CaseloadFilters(props: {
  value: CaseloadFilterState;
  options: CaseloadPage['options'];
  onChange: (next: CaseloadFilterState) => void;
}) {
  const { value, options, onChange } = props;
  const id = useId();
  const [search, setSearch] = useState(value.q);
  const set = (key: keyof CaseloadFilterState) => (event: { target: { value: string } }) =>
    onChange({ ...value, [key]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...value, q: search.trim() });
  };
  const isFiltered = JSON.stringify({ ...value, sort: 'urgency' }) !== JSON.stringify(NO_FILTERS);
  return (
    <div className="caseload-filters">
      <form role="search" className="caseload-search" onSubmit={submit}>
        <label htmlFor={`${id}-q`}>Search by name or UPN</label>
        <div className="inline-field">
          <input id={`${id}-q`} type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
          <button type="submit">Search</button>
        </div>
      </form>
      <div className="caseload-selects">
        <Select id={`${id}-year`} label="Year group" value={value.yearGroup} onChange={set('yearGroup')}>
          {options.yearGroups.map((year) => (
            <option key={year} value={String(year)}>
              {yearGroupLabel(year)}
            </option>
          ))}
        </Select>
        <Select id={`${id}-la`} label="Local authority" value={value.la} onChange={set('la')}>
          {options.las.map((la) => (
            <option key={la} value={la}>
              {la}
            </option>
          ))}
        </Select>
        <Select id={`${id}-stage`} label="Stage" value={value.stage} onChange={set('stage')}>
          {REVIEW_STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {STAGES[stage]}
            </option>
          ))}
        </Select>
        <Select id={`${id}-urgency`} label="Urgency" value={value.urgency} onChange={set('urgency')}>
          {URGENCIES.map((urgency) => (
            <option key={urgency} value={urgency}>
              {URGENCY[urgency].label}
            </option>
          ))}
        </Select>
        <div className="field">
          <label htmlFor={`${id}-sort`}>Order</label>
          <select id={`${id}-sort`} value={value.sort} onChange={set('sort')}>
            {CASELOAD_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {SORT_LABELS[sort]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {isFiltered && (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setSearch('');
            onChange({ ...NO_FILTERS, sort: value.sort });
          }}
        >
          Clear search and filters
        </button>
      )}
    </div>
  );
}

function Select(props: {
  id: string;
  label: string;
  value: string;
  onChange: (event: { target: { value: string } }) => void;
  children: React.ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={props.onChange}>
        <option value="">Any</option>
        {props.children}
      </select>
    </div>
  );
}
