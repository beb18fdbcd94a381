import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DocSnapshot, DocUpdate } from '../../models/index.ts';
import { connectTestDatabase, dropTestDatabase } from '../../test/test-app.ts';
import { DocPersistence } from './doc-persistence.ts';

/**
 * Several processes (or several loads in one) create a brand-new document's snapshot at the
 * same moment: exactly one creates it, the others are told so and read it back; none fails
 * (a failed load closes its clients with 1011 and makes them start again).
 */
beforeAll(connectTestDatabase);
afterAll(dropTestDatabase);

describe('creating a document’s snapshot', () => {
  it('succeeds exactly once when twenty loads race, and no load fails', async () => {
    for (let round = 0; round < 5; round++) {
      const docName = `report:${String(round).padStart(24, 'c')}`;
      const initial = new Y.Doc();
      initial.getText('t').insert(0, 'seed');
      const seed = Y.encodeStateAsUpdate(initial);
      const results = await Promise.all(
        Array.from({ length: 20 }, () => new DocPersistence().ensureSnapshot(docName, seed, false)),
      );
      expect(results.filter((result) => result.inserted)).toHaveLength(1);
      expect(await DocSnapshot.countDocuments({ docName })).toBe(1);
    }
  });

  it('creates the snapshots of many new documents read and seeded at once, each once, keeping one that exists', async () => {
    const persistence = new DocPersistence();
    const names = Array.from({ length: 30 }, (_, i) => `report:${String(i).padStart(24, 'd')}`);
    const existing = names[7]!;
    const kept = new Y.Doc();
    kept.getText('t').insert(0, 'written first');
    await new DocPersistence().ensureSnapshot(existing, Y.encodeStateAsUpdate(kept), false);
    const seedOf = (name: string) => {
      const doc = new Y.Doc();
      doc.getText('t').insert(0, `seed of ${name}`);
      return Y.encodeStateAsUpdate(doc);
    };
    // The same turn of the event loop: one batch, in which one document is asked for twice.
    const results = await Promise.all([...names, names[3]!].map((name) => persistence.ensureSnapshot(name, seedOf(name), false)));
    expect(results.filter((result) => result.inserted)).toHaveLength(names.length - 1);
    expect(results[7]!.inserted).toBe(false);
    expect([results[3]!.inserted, results[30]!.inserted].sort()).toEqual([false, true]);
    const loaded = await Promise.all(names.map((name) => persistence.load(name)));
    loaded.forEach((stored, i) => {
      const doc = new Y.Doc();
      stored.updates.forEach((update) => Y.applyUpdate(doc, update));
      expect(doc.getText('t').toString()).toBe(i === 7 ? 'written first' : `seed of ${names[i]}`);
    });
  });

  it('reads many documents at once, each with its own snapshot and its own log in order', async () => {
    const persistence = new DocPersistence();
    const names = Array.from({ length: 25 }, (_, i) => `report:${String(i).padStart(24, 'e')}`);
    const expected = new Map<string, string>();
    for (const [i, name] of names.entries()) {
      if (i % 5 === 4) continue; // some documents are new: nothing stored
      const doc = new Y.Doc();
      doc.getText('t').insert(0, `${name}:`);
      if (i % 2 === 0)
        await persistence.ensureSnapshot(name, Y.encodeStateAsUpdate(doc), false); // some have only a log
      else await persistence.append(name, Y.encodeStateAsUpdate(doc));
      for (let typed = 0; typed < i % 4; typed++) {
        const before = Y.encodeStateVector(doc);
        doc.getText('t').insert(doc.getText('t').length, String(typed));
        await persistence.append(name, Y.encodeStateAsUpdate(doc, before));
      }
      expected.set(name, doc.getText('t').toString());
    }
    const queries: string[] = [];
    mongoose.set('debug', (collection: string, method: string) => queries.push(`${collection}.${method}`));
    const loaded = await Promise.all(names.map((name) => persistence.load(name))).finally(() => mongoose.set('debug', false));
    // One read for all of them: snapshots, logs, and the snapshots' versions again.
    expect(queries).toEqual(['docsnapshots.find', 'docupdates.find', 'docsnapshots.find']);
    loaded.forEach((stored, i) => {
      const name = names[i]!;
      const doc = new Y.Doc();
      stored.updates.forEach((update) => Y.applyUpdate(doc, update));
      expect(doc.getText('t').toString()).toBe(expected.get(name) ?? '');
      expect(stored.generation === null).toBe(i % 2 === 1 || i % 5 === 4);
      expect(stored.loggedCount).toBe(i % 5 === 4 ? 0 : (i % 2 === 1 ? 1 : 0) + (i % 4));
    });
    expect(await DocUpdate.countDocuments({ docName: { $in: names } })).toBe(
      loaded.reduce((sum, stored) => sum + stored.loggedCount, 0),
    );
  });
});
