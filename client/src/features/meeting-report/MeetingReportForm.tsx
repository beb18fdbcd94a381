import {
  ATTENDANCE,
  EHCP_SECTIONS,
  OUTCOME_RATINGS,
  PERSONAL_BUDGET_ANSWERS,
  PFA_ITEMS,
  RECOMMENDATION_OPTIONS,
  REPORT_TEXT_FRAGMENTS,
  type QuotedContribution,
  type ReportRowKind,
  type ReportTextFragment,
} from '@ehcp/shared';
import { ReportEditor, type CollabDoc } from '../../editor/index.ts';
import { CollabTextField } from './CollabTextField.tsx';
import { ChoiceGroup, ChoiceSelect, CollabDateField } from './ChoiceGroup.tsx';
import { QuotedContributions } from './QuotedContributions.tsx';
import { ReportPart } from './ReportPart.tsx';
import { AddInvitees, type Invitee } from './AddInvitees.tsx';
import { ReportRows } from './ReportRows.tsx';

/** Which optional parts of the report apply to this review. */
export interface ReportParts {
  isYear9Plus: boolean;
  isPhaseTransfer: boolean;
}

interface MeetingReportFormProps {
  collab: CollabDoc;
  user: { name: string; color: string };
  isEditable: boolean;
  parts: ReportParts;
  contributions: QuotedContribution[] | null;
  /** People invited to the review, offered as attendees (the SENDCo's view only). */
  invitees?: Invitee[];
}

/**
 * The structured meeting report, co-edited live: every box, choice and row is part of one Yjs
 * document, so everyone in the meeting sees each other's changes as they happen.
 */
export function MeetingReportForm({ collab, user, isEditable, parts, contributions, invitees = [] }: MeetingReportFormProps) {
  type Row = { kind: ReportRowKind; id: string } | undefined;
  const ref = (key: string, row?: Row) => ({ collab, key, ...(row ? { row } : {}) });
  const richText = (part: ReportTextFragment, label: string, testId: string) => (
    <ReportEditor
      collab={collab}
      user={user}
      isEditable={isEditable}
      field={REPORT_TEXT_FRAGMENTS[part]}
      label={label}
      testId={testId}
      fieldName={part}
    />
  );
  const text = (row: Row, key: string, label: string, multiline = false) => (
    <CollabTextField field={ref(key, row)} label={label} multiline={multiline} isEditable={isEditable} />
  );

  return (
    <div className="meeting-report">
      <ReportPart id="attendees" title="Attendees">
        <ReportRows
          kind="attendees"
          collab={collab}
          noun="attendee"
          isEditable={isEditable}
          extraActions={<AddInvitees collab={collab} invitees={invitees} />}
          renderRow={(row) => (
            <div className="row-fields three">
              {text(row, 'name', 'Name')}
              {text(row, 'role', 'Role')}
              <ChoiceSelect field={ref('attendance', row)} legend="Attendance" options={ATTENDANCE} isEditable={isEditable} />
            </div>
          )}
        />
      </ReportPart>
      <ReportPart id="young-person-views" title="The young person's views">
        {richText('youngPersonViews', "The young person's views", 'editor-young-person-views')}
      </ReportPart>
      <ReportPart id="parent-views" title="Parents' and carers' views">
        {richText('parentViews', "Parents' and carers' views", 'editor-parent-views')}
      </ReportPart>
      <ReportPart
        id="outcomes"
        title="Progress towards outcomes (Section E)"
        hint="One row per outcome in Section E of the plan."
      >
        <ReportRows
          kind="outcomes"
          collab={collab}
          noun="outcome"
          isEditable={isEditable}
          renderRow={(row, index) => (
            <div className="row-fields">
              {text(row, 'outcome', `Outcome ${index + 1}`, true)}
              <ChoiceSelect field={ref('rating', row)} legend="Progress" options={OUTCOME_RATINGS} isEditable={isEditable} />
              {text(row, 'evidence', 'Evidence of progress', true)}
            </div>
          )}
        />
      </ReportPart>
      <ReportPart id="changes" title="Proposed changes to the plan" hint="Leave a section blank when no change is proposed.">
        {EHCP_SECTIONS.map((section) => (
          <fieldset key={section.key} className="section-change">
            <legend>
              Section {section.key}: {section.title}
            </legend>
            <div className="row-fields two">
              {text(undefined, `change.${section.key}.proposed`, 'Proposed change', true)}
              {text(undefined, `change.${section.key}.disagreement`, 'Any difference of opinion', true)}
            </div>
          </fieldset>
        ))}
      </ReportPart>
      <ReportPart id="provision" title="Provision review">
        {richText('provisionReview', 'Provision review', 'editor-provision-review')}
      </ReportPart>
      <ReportPart id="personal-budget" title="Personal budget">
        <ChoiceGroup
          field={ref('personalBudget.answer')}
          legend="The personal budget question"
          options={PERSONAL_BUDGET_ANSWERS}
          isEditable={isEditable}
        />
        {text(undefined, 'personalBudget.notes', 'Notes', true)}
      </ReportPart>
      {parts.isYear9Plus && (
        <ReportPart id="pfa" title="Preparing for adulthood (Year 9 onwards)" hint="Every item is required from Year 9.">
          {PFA_ITEMS.map((item) => (
            <div key={item.key}>{text(undefined, `pfa.${item.key}`, item.label, true)}</div>
          ))}
        </ReportPart>
      )}
      {parts.isPhaseTransfer && (
        <ReportPart id="phase-transfer" title="Phase transfer">
          {text(undefined, 'phaseTransfer.nextSetting', 'Preferred next school or setting')}
        </ReportPart>
      )}
      <ReportPart id="recommendation" title="Recommendation">
        <ChoiceGroup
          field={ref('recommendation')}
          legend="Recommendation to the local authority"
          options={RECOMMENDATION_OPTIONS}
          isEditable={isEditable}
        />
        {text(undefined, 'recommendation.reasons', 'Reasons', true)}
      </ReportPart>
      <ReportPart id="actions" title="Actions">
        <ReportRows
          kind="actions"
          collab={collab}
          noun="action"
          isEditable={isEditable}
          renderRow={(row) => (
            <div className="row-fields three">
              {text(row, 'what', 'What')}
              {text(row, 'who', 'Who')}
              <CollabDateField field={ref('byWhen', row)} label="By when" isEditable={isEditable} />
            </div>
          )}
        />
      </ReportPart>
      <ReportPart id="notes" title="Discussion notes">
        {richText('notes', 'Discussion notes', 'report-editor')}
      </ReportPart>
      {contributions && (
        <ReportPart id="contributions" title="Contributions received">
          <QuotedContributions contributions={contributions} />
        </ReportPart>
      )}
    </div>
  );
}
