import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { TextSelection } from './text-delta.ts';

/**
 * The awareness field in which each person publishes where they are in a plain text box:
 * `{ anchor, head, isTyping }`, anchor and head as Yjs relative positions (JSON) in that box's
 * `Y.Text`, so they stay between the same characters whatever others type meanwhile; absent
 * or null when the person is in no plain box. About 200 bytes of JSON.
 */
export const TEXT_CARET_FIELD = 'textCaret';

/** How long after the last keystroke someone still counts as typing. */
const TYPING_MS = 2500;
/** Selection changes within this window are published once (one awareness message). */
const PUBLISH_MS = 40;

/** Someone else in a plain text box: who they are and where their caret is. */
export interface TextPresence {
  clientId: number;
  name: string;
  color: string;
  isTyping: boolean;
  /** UTF-16 indices in the box's current value; `head` is where the caret is. */
  anchor: number;
  head: number;
}

interface PublishedCaret {
  anchor: unknown;
  head: unknown;
  isTyping: boolean;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const COLOR = /^#[0-9a-f]{3,8}$/i;

/**
 * Publishes this person's caret in one box through the document's awareness: while they are
 * in it, their selection and whether they are typing; nothing once they leave.
 */
export class TextCaretPublisher {
  /** Anchor and head as relative positions, taken when the selection was seen: indices go stale as others type. */
  private positions: Pick<PublishedCaret, 'anchor' | 'head'> | null = null;
  private isTyping = false;
  private publishTimer: ReturnType<typeof setTimeout> | null = null;
  private typingTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly awareness: Awareness,
    private readonly text: Y.Text,
  ) {}

  /** The person's selection in this box (`isEdit`: they just typed). */
  update(selection: TextSelection, isEdit: boolean): void {
    const { start, end, direction } = selection;
    const [anchor, head] = direction === 'backward' ? [end, start] : [start, end];
    // A caret sticks to the character before it, as this person's own caret does (`mapSelection`).
    const position = (index: number) => Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(this.text, index, -1));
    this.positions = { anchor: position(anchor), head: position(head) };
    if (isEdit) {
      this.isTyping = true;
      if (this.typingTimer) clearTimeout(this.typingTimer);
      this.typingTimer = setTimeout(() => ((this.isTyping = false), this.publish()), TYPING_MS);
    }
    this.publishTimer ??= setTimeout(() => this.publish(), PUBLISH_MS);
  }

  /** The person left the box: others stop seeing them there. */
  clear(): void {
    for (const timer of [this.publishTimer, this.typingTimer]) if (timer) clearTimeout(timer);
    this.publishTimer = this.typingTimer = null;
    this.positions = null;
    this.isTyping = false;
    if (this.ownsPublishedCaret()) this.awareness.setLocalStateField(TEXT_CARET_FIELD, null);
  }

  private publish(): void {
    this.publishTimer = null;
    if (!this.positions || !this.awareness.getLocalState()) return;
    const caret: PublishedCaret = { ...this.positions, isTyping: this.isTyping };
    this.awareness.setLocalStateField(TEXT_CARET_FIELD, caret);
  }

  /** Another box may have published since this one's last message (focus moved box to box). */
  private ownsPublishedCaret(): boolean {
    const current: unknown = this.awareness.getLocalState()?.[TEXT_CARET_FIELD];
    return isObject(current) && resolve(current.head, this.text) !== null;
  }
}

/** The index of a published relative position in `text`, or null if it is elsewhere, unknown yet, or malformed. */
function resolve(json: unknown, text: Y.Text): number | null {
  if (!isObject(json) || !text.doc) return null;
  try {
    const absolute = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(json), text.doc);
    return absolute && absolute.type === text ? Math.min(absolute.index, text.length) : null;
  } catch {
    return null; // a peer's state is untrusted input
  }
}

/** Everyone else whose caret is in `text`: people with a name who may edit (not read-only viewers). */
export function othersInText(awareness: Awareness, text: Y.Text): TextPresence[] {
  const others: TextPresence[] = [];
  awareness.getStates().forEach((state, clientId) => {
    if (clientId === awareness.clientID) return;
    const { user, [TEXT_CARET_FIELD]: caret } = state as { user?: unknown; [TEXT_CARET_FIELD]?: unknown };
    if (!isObject(user) || typeof user.name !== 'string' || !user.name.trim() || user.role === 'viewer') return;
    if (!isObject(caret)) return;
    const head = resolve(caret.head, text);
    if (head === null) return;
    const color = typeof user.color === 'string' && COLOR.test(user.color) ? user.color : '#57606a';
    const anchor = resolve(caret.anchor, text) ?? head;
    others.push({ clientId, name: user.name.trim().slice(0, 80), color, isTyping: caret.isTyping === true, anchor, head });
  });
  return others.sort((a, b) => a.clientId - b.clientId);
}
