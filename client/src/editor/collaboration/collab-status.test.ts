import { describe, expect, it } from 'vitest';
import { CollabCloseCodes, CollabCloseReasons } from '@ehcp/shared';
import { closedBecauseOf, INITIAL_STATE, isEditableIn, saveStatusOf, type CollabState } from './collab-status.ts';

const state = (change: Partial<CollabState>): CollabState => ({ ...INITIAL_STATE, ...change });
const editor = { role: 'editor', reason: 'open' } as const;
const finalised = { role: 'viewer', reason: 'finalised' } as const;

describe('saveStatusOf (what the badge says)', () => {
  it('says Saved only when online, an editor, not paused and with nothing unsaved', () => {
    expect(saveStatusOf(state({ connection: 'online', role: editor }))).toBe('saved');
    expect(saveStatusOf(state({ connection: 'online', role: editor, hasUnsavedChanges: true }))).toBe('saving');
    expect(saveStatusOf(state({ connection: 'online', role: editor, paused: 'finalising' }))).toBe('paused');
    expect(saveStatusOf(state({ connection: 'offline', role: editor }))).toBe('offline');
  });

  it('never claims Saved before the server has given a role', () => {
    expect(saveStatusOf(state({ connection: 'online' }))).toBe('connecting');
    expect(saveStatusOf(state({ connection: 'offline' }))).toBe('connecting');
  });

  it('says "not saved" when the role became read-only with edits the server never took', () => {
    expect(saveStatusOf(state({ connection: 'online', role: finalised, hasUnsavedChanges: true }))).toBe('not-saved');
    expect(saveStatusOf(state({ connection: 'online', role: finalised }))).toBe('read-only');
  });

  it('says closed for a refusal, whatever else is true', () => {
    expect(saveStatusOf(state({ connection: 'online', role: editor, closedBecause: 'link-unavailable' }))).toBe('closed');
  });
});

describe('isEditableIn', () => {
  it('follows the server’s role, including offline, and never after a refusal', () => {
    expect(isEditableIn(state({ role: editor, connection: 'offline' }))).toBe(true);
    expect(isEditableIn(state({ role: finalised, connection: 'online' }))).toBe(false);
    expect(isEditableIn(state({ role: null }))).toBe(false);
    expect(isEditableIn(state({ role: editor, closedBecause: 'signed-out' }))).toBe(false);
  });
});

describe('closedBecauseOf', () => {
  it('tells a withdrawn link from a sign-out, and names full documents', () => {
    expect(closedBecauseOf(CollabCloseCodes.unauthorized, CollabCloseReasons.linkUnavailable)).toBe('link-unavailable');
    expect(closedBecauseOf(CollabCloseCodes.unauthorized, CollabCloseReasons.signInRequired)).toBe('signed-out');
    expect(closedBecauseOf(CollabCloseCodes.tooLarge, CollabCloseReasons.documentFull)).toBe('document-full');
    expect(closedBecauseOf(CollabCloseCodes.forbidden, '')).toBe('no-access');
  });
});
