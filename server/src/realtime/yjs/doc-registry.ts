import { CollabCloseCodes, REPORT_FRAGMENT, type DocJsonNode, type RawReportContent } from '@ehcp/shared';
import type { Logger } from '../../logging/index.ts';
import type { ReportContentPort } from '../../services/index.ts';
import type { DocPersistence } from './doc-persistence.ts';
import { buildInitialReport } from './seed-report.ts';

const defaultInitialContent = async () => buildInitialReport();
import { SharedDoc, type SharedDocLimits } from './shared-doc.ts';
import { readRawReport } from './report-json.ts';
import { fragmentToJson } from './xml-to-json.ts';

export type DocRegistryOptions = SharedDocLimits & {
  unloadGraceMs: number;
  /** The content a document starts with, built on the server the first time it is loaded. */
  initialContent?: (docName: string) => Promise<Uint8Array>;
  /** Told after accepted edits to a document became durable. */
  onDocumentStored?: (docName: string) => void;
};

/**
 * The documents in memory. Concurrent loads of one document share a promise; a document with
 * no connections is flushed, compacted and destroyed after a grace period. Implements the
 * services' ReportContentPort so finalisation (of a report or a contribution) can freeze a
 * document without knowing Yjs.
 */
export class DocRegistry implements ReportContentPort {
  private readonly docs = new Map<string, Promise<SharedDoc>>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();
  private readonly frozen = new Set<string>();

  constructor(
    private readonly persistence: DocPersistence,
    private readonly options: DocRegistryOptions,
    private readonly log: Logger,
  ) {}

  /** Number of documents loaded or loading. */
  get size(): number {
    return this.docs.size;
  }

  /** Returns the live document, loading it (and seeding it once) if needed. */
  get(name: string): Promise<SharedDoc> {
    const timer = this.unloadTimers.get(name);
    if (timer) {
      clearTimeout(timer);
      this.unloadTimers.delete(name);
    }
    let loading = this.docs.get(name);
    if (!loading) {
      loading = this.load(name);
      this.docs.set(name, loading);
      loading.catch(() => this.docs.delete(name));
    }
    return loading;
  }

  private async load(name: string): Promise<SharedDoc> {
    let stored = await this.persistence.load(name);
    if (stored.generation === null) {
      await this.persistence.ensureSnapshot(name, await (this.options.initialContent ?? defaultInitialContent)(name));
      stored = await this.persistence.load(name);
    }
    if (stored.generation === null) throw new Error(`document ${name} has no snapshot after seeding`);
    return new SharedDoc(
      name,
      { ...stored, generation: stored.generation },
      this.persistence,
      { ...this.options, isFrozen: () => this.frozen.has(name), onDurable: () => this.options.onDocumentStored?.(name) },
      this.log.child({ doc: name }),
    );
  }

  /**
   * Resets a document to its initial content under a new generation. Connected clients are
   * closed with 4410 so they discard their copies instead of merging them back.
   */
  async reset(name: string): Promise<void> {
    const loading = this.docs.get(name);
    if (loading) {
      const doc = await loading;
      doc.closeAll(CollabCloseCodes.documentReset, 'document was reset');
      await doc.whenDurable();
      await doc.whenCompacted();
      this.docs.delete(name);
      doc.destroy();
    }
    await this.persistence.reset(name, await (this.options.initialContent ?? defaultInitialContent)(name));
  }

  /** Called when a connection closes: schedule unload if the document is now unused. */
  release(doc: SharedDoc): void {
    if (doc.connections.size > 0 || this.unloadTimers.has(doc.name)) return;
    const timer = setTimeout(() => {
      this.unloadTimers.delete(doc.name);
      void this.unload(doc).catch((error) => this.log.error({ doc: doc.name, err: error }, 'unload failed; kept in memory'));
    }, this.options.unloadGraceMs);
    timer.unref();
    this.unloadTimers.set(doc.name, timer);
  }

  private async unload(doc: SharedDoc): Promise<void> {
    await doc.whenDurable();
    if (doc.connections.size > 0 || this.unloadTimers.has(doc.name)) return;
    await doc.compact();
    // Someone may have connected while we were writing: then the document stays.
    if (doc.isDestroyed || doc.connections.size > 0 || doc.pendingCount > 0 || this.unloadTimers.has(doc.name)) return;
    this.docs.delete(doc.name);
    doc.destroy();
  }

  async freeze(docName: string, fragment: string = REPORT_FRAGMENT): Promise<DocJsonNode> {
    return this.frozenRead(docName, (doc) => fragmentToJson(doc.doc.getXmlFragment(fragment)));
  }

  async freezeReport(docName: string): Promise<RawReportContent> {
    return this.frozenRead(docName, (doc) => readRawReport(doc.doc));
  }

  async readReport(docName: string): Promise<RawReportContent> {
    const doc = await this.get(docName);
    try {
      return readRawReport(doc.doc);
    } finally {
      this.release(doc);
    }
  }

  /** Freezes the document, waits until every accepted edit is durable, then reads it. */
  private async frozenRead<T>(docName: string, read: (doc: SharedDoc) => T): Promise<T> {
    this.frozen.add(docName);
    try {
      const doc = await this.get(docName);
      await doc.whenDurable();
      const result = read(doc);
      this.release(doc);
      return result;
    } catch (error) {
      this.frozen.delete(docName);
      throw error;
    }
  }

  unfreeze(docName: string): void {
    this.frozen.delete(docName);
  }

  /**
   * Access to a document changed (e.g. finalised): close its connections so each reconnects
   * and is authorised afresh. Roles are never flipped on a live connection.
   */
  async accessChanged(docName: string): Promise<void> {
    const loading = this.docs.get(docName);
    if (loading) (await loading).closeAll(CollabCloseCodes.accessChanged, 'access changed');
    // The database now records the change, so new connections are authorised by it.
    this.frozen.delete(docName);
  }

  /** Flushes every document and closes every connection (graceful shutdown). */
  async shutdown(): Promise<void> {
    for (const timer of this.unloadTimers.values()) clearTimeout(timer);
    this.unloadTimers.clear();
    const docs = await Promise.allSettled(Array.from(this.docs.values()));
    for (const result of docs) {
      if (result.status !== 'fulfilled') continue;
      const doc = result.value;
      doc.closeAll(CollabCloseCodes.goingAway, 'server shutting down');
      try {
        await doc.whenDurable();
        await doc.whenCompacted();
      } catch (error) {
        this.log.error({ doc: doc.name, err: error }, 'could not flush document at shutdown');
      }
      doc.destroy();
    }
    this.docs.clear();
  }
}
