import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DocSnapshot } from '../../models/index.ts';
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
});
