import type { Logger } from '../../logging/index.ts';
import type { Connection } from './connection.ts';
import type { DurableInfo, Extension, MessageVerdict } from './extension.ts';
import type { AwarenessEntry } from './protocol.ts';
import type { SharedDoc } from './shared-doc.ts';

/**
 * Runs the extensions' hooks in the order they were listed. Message-path hooks stop at the
 * first verdict; notification hooks run for every extension even if one throws (the error is
 * logged), so one faulty concern cannot stop persistence or access changes.
 */
export class HookRunner {
  constructor(
    private readonly extensions: readonly Extension[],
    private readonly log: Logger,
  ) {}

  private notify<K extends keyof Extension>(hook: K, call: (extension: Extension) => void): void {
    for (const extension of this.extensions) {
      if (!extension[hook]) continue;
      try {
        call(extension);
      } catch (error) {
        this.log.error({ err: error, extension: extension.name, hook }, 'extension hook failed');
      }
    }
  }

  readonly beforeHandleMessage: Required<Extension>['beforeHandleMessage'] = (conn, doc, message, analyse) => {
    for (const extension of this.extensions) {
      const verdict: MessageVerdict = extension.beforeHandleMessage?.(conn, doc, message, analyse);
      if (verdict) return verdict;
    }
    return undefined;
  };

  readonly beforeHandleAwareness = (conn: Connection, doc: SharedDoc, entries: AwarenessEntry[]): AwarenessEntry[] => {
    let current = entries;
    for (const extension of this.extensions) {
      if (current.length === 0) break;
      if (extension.beforeHandleAwareness) current = extension.beforeHandleAwareness(conn, doc, current);
    }
    return current;
  };

  readonly onChange = (doc: SharedDoc, update: Uint8Array, origin: unknown): void =>
    this.notify('onChange', (extension) => extension.onChange!(doc, update, origin));

  readonly onAwarenessUpdate = (doc: SharedDoc, changed: number[], origin: unknown): void =>
    this.notify('onAwarenessUpdate', (extension) => extension.onAwarenessUpdate!(doc, changed, origin));

  readonly onDurable = (doc: SharedDoc, info: DurableInfo): void =>
    this.notify('onDurable', (extension) => extension.onDurable!(doc, info));

  readonly onConnect = (conn: Connection, doc: SharedDoc): void =>
    this.notify('onConnect', (extension) => extension.onConnect!(conn, doc));

  readonly onDisconnect = (conn: Connection, doc: SharedDoc): void =>
    this.notify('onDisconnect', (extension) => extension.onDisconnect!(conn, doc));

  readonly afterUnloadDocument = (docName: string): void =>
    this.notify('afterUnloadDocument', (extension) => extension.afterUnloadDocument!(docName));

  /** Loading runs in order and stops at the first failure (the document is then not served). */
  readonly onLoadDocument = async (doc: SharedDoc): Promise<void> => {
    for (const extension of this.extensions) await extension.onLoadDocument?.(doc);
  };

  /** Unload hooks run in order; a failure stops the unload so nothing is freed unflushed. */
  readonly beforeUnloadDocument = async (doc: SharedDoc): Promise<void> => {
    for (const extension of this.extensions) await extension.beforeUnloadDocument?.(doc);
  };

  async onDestroy(): Promise<void> {
    for (const extension of this.extensions) {
      try {
        await extension.onDestroy?.();
      } catch (error) {
        this.log.error({ err: error, extension: extension.name }, 'extension failed to stop');
      }
    }
  }
}
