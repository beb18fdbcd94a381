export * from './entry-fields.ts';
export * from './list-address-book.ts';
export * from './save-entry.ts';
export * from './remember-invitee.ts';
export * from './fill-address-books.ts';
