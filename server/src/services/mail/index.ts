export * from './deliver-mail.ts';
export * from './list-outbox.ts';
export * from './send-invitation.ts';
export * from './outbox-links.ts';
export * from './mail-writer.ts';
export * from './translate.ts';
