export * from './invitation-context.ts';
export * from './email-invitation.ts';
export * from './add-participant.ts';
export * from './list-participants.ts';
export * from './remove-participant.ts';
export * from './revoke-participant-link.ts';
export * from './resend-invitation.ts';
export * from './get-participant-view.ts';
