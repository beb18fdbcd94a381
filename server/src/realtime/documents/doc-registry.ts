import type { Logger } from '../../logging/index.ts';
import type { Extension } from './extension.ts';
import { SharedDoc, type DocHooks, type SharedDocOptions } from './shared-doc.ts';

/** The lifecycle hooks the registry runs. */
export type LifecycleHooks = Required<Pick<Extension, 'onLoadDocument' | 'beforeUnloadDocument' | 'afterUnloadDocument'>>;

export interface DocRegistryOptions extends SharedDocOptions {
  /** Milliseconds an idle document stays in memory after its last connection closes. */
  unloadGraceMs: number;
}

/**
 * The documents this process holds in memory. Concurrent loads of one document share one
 * promise; a document with no connections is unloaded after a grace period, once the unload
 * hooks (flush, compaction) have run and nothing happened to it meanwhile.
 */
export class DocRegistry {
  private readonly docs = new Map<string, Promise<SharedDoc>>();
  private readonly ready = new Map<string, SharedDoc>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();
  private stopping = false;

  constructor(
    private readonly hooks: DocHooks & LifecycleHooks,
    private readonly options: DocRegistryOptions,
    private readonly log: Logger,
  ) {}

  /** Number of documents loaded or loading. */
  get size(): number {
    return this.docs.size;
  }

  /** The document if it is loaded (not while it is still loading). */
  loaded(name: string): SharedDoc | undefined {
    return this.ready.get(name);
  }

  documents(): Iterable<SharedDoc> {
    return this.ready.values();
  }

  /** Returns the live document, loading it if needed. Every `get` must be paired with a `release`. */
  get(name: string): Promise<SharedDoc> {
    if (this.stopping) return Promise.reject(new Error('the document server is stopping'));
    this.cancelUnload(name);
    let loading = this.docs.get(name);
    if (!loading) {
      loading = this.load(name);
      this.docs.set(name, loading);
      loading.catch(() => this.docs.delete(name));
    }
    return loading;
  }

  private async load(name: string): Promise<SharedDoc> {
    const doc = new SharedDoc(name, this.hooks, this.options, this.log.child({ doc: name }));
    try {
      await this.hooks.onLoadDocument(doc);
    } catch (error) {
      doc.destroy();
      throw error;
    }
    this.ready.set(name, doc);
    return doc;
  }

  /** Called when a user of the document is done with it: schedules an unload if it is now unused. */
  release(doc: SharedDoc): void {
    if (this.stopping || doc.isDestroyed || doc.connections.size > 0 || this.unloadTimers.has(doc.name)) return;
    const timer = setTimeout(() => {
      this.unloadTimers.delete(doc.name);
      void this.unload(doc).catch((error: unknown) =>
        this.log.error({ doc: doc.name, err: error }, 'unload failed; the document stays in memory'),
      );
    }, this.options.unloadGraceMs);
    timer.unref();
    this.unloadTimers.set(doc.name, timer);
  }

  private cancelUnload(name: string): void {
    const timer = this.unloadTimers.get(name);
    if (!timer) return;
    clearTimeout(timer);
    this.unloadTimers.delete(name);
  }

  private isInUse(doc: SharedDoc, changesBefore: number): boolean {
    return doc.connections.size > 0 || this.unloadTimers.has(doc.name) || doc.changeCount !== changesBefore;
  }

  private async unload(doc: SharedDoc): Promise<void> {
    const changes = doc.changeCount;
    if (doc.isDestroyed || this.isInUse(doc, changes)) return;
    await this.hooks.beforeUnloadDocument(doc);
    // Someone may have connected, or the server changed it, while we were writing: it stays.
    if (doc.isDestroyed || this.isInUse(doc, changes) || this.docs.get(doc.name) === undefined) {
      if (!doc.isDestroyed && doc.connections.size === 0) this.release(doc);
      return;
    }
    this.forget(doc);
  }

  private forget(doc: SharedDoc): void {
    this.docs.delete(doc.name);
    this.ready.delete(doc.name);
    doc.destroy();
    this.hooks.afterUnloadDocument(doc.name);
  }

  /**
   * Takes a document out of memory now, closing its connections with `code` (e.g. when it is
   * reset). The unload hooks run first, so nothing accepted is lost.
   */
  async evict(name: string, code: number, reason: string): Promise<void> {
    const loading = this.docs.get(name);
    if (!loading) return;
    const doc = await loading;
    doc.closeAll(code, reason);
    this.cancelUnload(name);
    await this.hooks.beforeUnloadDocument(doc);
    if (!doc.isDestroyed) this.forget(doc);
  }

  /** Closes every connection with `code`, runs the unload hooks of every document, and frees them all. */
  async shutdown(code: number, reason: string): Promise<void> {
    this.stopping = true;
    for (const timer of this.unloadTimers.values()) clearTimeout(timer);
    this.unloadTimers.clear();
    const docs = await Promise.allSettled(Array.from(this.docs.values()));
    for (const result of docs) {
      if (result.status !== 'fulfilled' || result.value.isDestroyed) continue;
      const doc = result.value;
      doc.closeAll(code, reason);
      try {
        await this.hooks.beforeUnloadDocument(doc);
      } catch (error) {
        this.log.error({ doc: doc.name, err: error }, 'could not flush a document at shutdown');
      }
      this.forget(doc);
    }
  }
}
