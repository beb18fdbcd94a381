import { afterAll, beforeAll, expect, it } from 'vitest';
import * as Y from 'yjs';
import { REPORT_FRAGMENT, reportDocName } from '@ehcp/shared';
import { connectCollabClient, isPersisted, type CollabClient } from '../test/collab-client.ts';
import { createSchoolWithReview } from '../test/factories.ts';
import { TestClient } from '../test/http-client.ts';
import { dropTestDatabase, startTestApp, type TestApp } from '../test/test-app.ts';
import { waitFor } from '../test/wait-for.ts';
import { DocPersistence } from './persistence/doc-persistence.ts';

let t: TestApp;
const clients: CollabClient[] = [];

/** Deterministic PRNG (mulberry32) so a failure can be replayed from its seed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/** One random edit: insert or delete text in a random paragraph, or add a paragraph. */
function randomEdit(doc: Y.Doc, rand: () => number, tag: string): void {
  const fragment = doc.getXmlFragment(REPORT_FRAGMENT);
  const paragraphs = fragment
    .toArray()
    .filter((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === 'paragraph');
  const roll = rand();
  if (roll < 0.15 || paragraphs.length === 0) {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(tag)]);
    fragment.insert(Math.floor(rand() * (fragment.length + 1)), [paragraph]);
    return;
  }
  const paragraph = paragraphs[Math.floor(rand() * paragraphs.length)]!;
  let text = paragraph.get(0) as Y.XmlText | undefined;
  if (!(text instanceof Y.XmlText)) {
    text = new Y.XmlText('');
    paragraph.insert(0, [text]);
  }
  if (roll < 0.75 || text.length < 3) text.insert(Math.floor(rand() * (text.length + 1)), tag);
  else {
    const start = Math.floor(rand() * (text.length - 1));
    text.delete(start, Math.min(1 + Math.floor(rand() * 3), text.length - start));
  }
}

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  clients.forEach((client) => client.destroy());
  await t.stop();
  await dropTestDatabase();
});

it('converges several clients making random concurrent edits, one of them offline for a while', async () => {
  const school = await createSchoolWithReview();
  const cookie = (await new TestClient(t.baseUrl).login(school.sendco.email, school.password)).sessionCookie!;
  const name = reportDocName(school.reviewId);
  for (let i = 0; i < 4; i++) clients.push(connectCollabClient(t.wsUrl, name, { cookie }));
  await waitFor(() => clients.every((client) => client.provider.synced));
  const rand = random(20261122);
  const offline = clients[3]!;
  let offlineClock = 0;

  for (let round = 0; round < 30; round++) {
    if (round === 10) offline.provider.disconnect();
    if (round === 22) {
      offlineClock = Y.decodeStateVector(Y.encodeStateVector(offline.doc)).get(offline.doc.clientID) ?? 0;
      offline.provider.connect();
    }
    for (const [index, client] of clients.entries()) randomEdit(client.doc, rand, `c${index}r${round} `);
    if (round % 5 === 0) await new Promise((resolve) => setTimeout(resolve, 5)); // let some traffic interleave
  }

  const reference = clients[0]!;
  await waitFor(
    () =>
      clients.every(
        (client) =>
          client.provider.synced &&
          client.doc.getXmlFragment(REPORT_FRAGMENT).toString() === reference.doc.getXmlFragment(REPORT_FRAGMENT).toString(),
      ),
    { timeoutMs: 15_000, message: 'all clients identical' },
  );
  await waitFor(() => clients.every(isPersisted), { timeoutMs: 10_000, message: 'all edits durable' });

  const stored = new Y.Doc();
  (await new DocPersistence().load(name)).updates.forEach((update) => Y.applyUpdate(stored, update));
  expect(stored.getXmlFragment(REPORT_FRAGMENT).toString()).toBe(reference.doc.getXmlFragment(REPORT_FRAGMENT).toString());
  expect(Y.encodeStateVector(stored)).toEqual(Y.encodeStateVector(reference.doc));
  // Everything the offline client did while disconnected reached the others and the database.
  expect(offlineClock).toBeGreaterThan(0);
  expect(Y.decodeStateVector(Y.encodeStateVector(stored)).get(offline.doc.clientID)).toBeGreaterThanOrEqual(offlineClock);
  stored.destroy();
});
