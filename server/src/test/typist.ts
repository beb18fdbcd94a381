import * as Y from 'yjs';
import { REPORT_FRAGMENT } from '@ehcp/shared';
import { DocPersistence } from '../realtime/index.ts';
import type { CollabClient } from './collab-client.ts';

/**
 * A person typing into the report through a real y-websocket client: their own paragraph, one
 * unique word at a time at a human pace, whether or not the client is connected (y-websocket
 * keeps local edits and sends them when it reconnects, as the browser does).
 */
export interface Typist {
  client: CollabClient;
  /** Every word this typist has typed so far, in order. */
  words: string[];
  stop(): void;
}

/** Starts typing; `everyMs` is the mean pause between words (jittered ±50%). */
export function startTypist(client: CollabClient, id: string, everyMs: number): Typist {
  const words: string[] = [];
  const paragraph = new Y.XmlElement('paragraph');
  const text = new Y.XmlText(`[${id}] `);
  paragraph.insert(0, [text]);
  const fragment = client.doc.getXmlFragment(REPORT_FRAGMENT);
  fragment.insert(fragment.length, [paragraph]);
  let timer: NodeJS.Timeout | null = null;
  const typeNext = () => {
    const word = `${id}.${String(words.length).padStart(4, '0')} `;
    text.insert(text.length, word);
    words.push(word);
    timer = setTimeout(typeNext, everyMs * (0.5 + Math.random()));
  };
  timer = setTimeout(typeNext, everyMs * Math.random());
  return {
    client,
    words,
    stop: () => {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}

/** The report's notes as stored in the database (snapshot + log), as one string. */
export async function storedNotes(docName: string): Promise<string> {
  const doc = new Y.Doc();
  try {
    (await new DocPersistence().load(docName)).updates.forEach((update) => Y.applyUpdate(doc, update));
    return doc.getXmlFragment(REPORT_FRAGMENT).toString();
  } finally {
    doc.destroy();
  }
}

/** How often `word` occurs in `text`. */
export function occurrences(text: string, word: string): number {
  return text.split(word).length - 1;
}

/** Close codes y-websocket treats as permanent: a client that got one is cut off for good. */
export const isPermanentClose = (code: number) => code >= 4400 && code < 4500;
