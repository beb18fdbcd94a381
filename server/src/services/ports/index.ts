/**
 * The ports the use cases depend on and the outer layers implement, in one place: the live
 * document layer (realtime) and outgoing mail (server/src/mail). Types only.
 */
export type * from './report-content.port.ts';
export type * from './mailer.port.ts';
