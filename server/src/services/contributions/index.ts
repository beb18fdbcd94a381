export * from './record-draft-activity.ts';
export * from './submit-contribution.ts';
export * from './get-contribution-state.ts';
export * from './get-contributor-role.ts';
export * from './list-quoted-contributions.ts';
