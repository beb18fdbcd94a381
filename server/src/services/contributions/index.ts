export * from './record-draft-activity.ts';
export * from './submit-contribution.ts';
export * from './get-contribution-state.ts';
export * from './get-participant-review-id.ts';
export * from './list-quoted-contributions.ts';
export * from './contribution-prompts.ts';
