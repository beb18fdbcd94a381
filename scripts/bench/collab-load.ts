import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/** One simulated participant: a real y-websocket client typing into the report. */
interface Participant {
  doc: Y.Doc;
  provider: WebsocketProvider;
  timer: NodeJS.Timeout | null;
}

export interface LoadOptions {
  /**
   * Where participants connect: one URL per server process. Participant i of every meeting goes
   * to process i mod n, so with several processes each meeting spans them and the observer
   * (participant 0) measures propagation across processes.
   */
  wsBases: string[];
  /** Put every participant of a meeting on one process (meeting m on process m mod n), as a balancer hashing the document path does. */
  pinMeetings?: boolean;
  docNames: string[];
  participantsPerMeeting: number;
  keystrokesPerSecond: number;
  connectTimeoutMs: number;
  cookie?: string;
}

/**
 * Drives meetings of participants typing at a human rate, each keystroke followed by a caret
 * (awareness) update, as Tiptap does. One participant per meeting observes: for every remote
 * insert it receives it looks up when the sender made it, which gives propagation latency
 * (all clients live in this process, so they share one clock).
 */
export class CollabLoad {
  private readonly participants: Participant[] = [];
  private readonly sentAt = new Map<string, number>();
  latencies: number[] = [];
  private measuring = false;
  /** Close codes seen by participants, for diagnosing a load that does not connect. */
  readonly closeCodes = new Map<number, number>();

  constructor(private readonly options: LoadOptions) {}

  async connect(): Promise<void> {
    const cookie = this.options.cookie;
    class AuthedWebSocket extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, cookie ? { headers: { Cookie: cookie } } : {});
      }
    }
    for (const [m, docName] of this.options.docNames.entries()) {
      for (let i = 0; i < this.options.participantsPerMeeting; i++) {
        const doc = new Y.Doc();
        const wsBase = this.options.wsBases[(this.options.pinMeetings ? m : i) % this.options.wsBases.length]!;
        const provider = new WebsocketProvider(wsBase, docName, doc, {
          WebSocketPolyfill: AuthedWebSocket as unknown as typeof globalThis.WebSocket,
          disableBc: true,
        });
        provider.on('connection-close', (event) => {
          if (event) this.closeCodes.set(event.code, (this.closeCodes.get(event.code) ?? 0) + 1);
        });
        provider.awareness.setLocalStateField('user', { name: `participant ${i}` });
        // Our server's extra messages (persisted acknowledgement, generation, role, notice,
        // heartbeat): not measured here.
        for (const type of [100, 101, 102, 103, 104]) provider.messageHandlers[type] = () => {};
        if (i === 0) doc.on('update', (update: Uint8Array, origin: unknown) => origin === provider && this.observe(update));
        this.participants.push({ doc, provider, timer: null });
      }
    }
    const deadline = Date.now() + this.options.connectTimeoutMs;
    while (!this.participants.every((p) => p.provider.synced)) {
      if (Date.now() > deadline) {
        const unsynced = this.participants.filter((p) => !p.provider.synced).length;
        throw new Error(
          `${unsynced} participants did not sync within 60 s; close codes seen: ${JSON.stringify([...this.closeCodes])}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (this.closeCodes.size > 0)
      process.stderr.write(`    closes while joining (code: count): ${JSON.stringify(Object.fromEntries(this.closeCodes))}\n`);
  }

  private observe(update: Uint8Array): void {
    if (!this.measuring) return;
    const { from } = Y.parseUpdateMeta(update);
    const now = performance.now();
    for (const [client, clock] of from) {
      const sent = this.sentAt.get(`${client}:${clock}`);
      if (sent !== undefined) this.latencies.push(now - sent);
    }
  }

  /** Starts typing; every participant keystrokes with jitter around the configured rate. */
  start(): void {
    const interval = 1000 / this.options.keystrokesPerSecond;
    for (const participant of this.participants) {
      const text = participant.doc.getText('bench');
      const type = () => {
        const clock = Y.getState(participant.doc.store, participant.doc.clientID);
        this.sentAt.set(`${participant.doc.clientID}:${clock}`, performance.now());
        text.insert(text.length, String.fromCharCode(97 + (clock % 26)));
        participant.provider.awareness.setLocalStateField('cursor', { index: text.length });
        participant.timer = setTimeout(type, interval * (0.5 + Math.random()));
      };
      participant.timer = setTimeout(type, Math.random() * interval);
    }
  }

  /** Measures latencies for `ms` milliseconds. */
  async measure(ms: number): Promise<number[]> {
    this.latencies = [];
    this.measuring = true;
    await new Promise((resolve) => setTimeout(resolve, ms));
    this.measuring = false;
    return this.latencies;
  }

  async stop(): Promise<void> {
    for (const participant of this.participants) {
      if (participant.timer) clearTimeout(participant.timer);
      participant.provider.destroy();
      participant.doc.destroy();
    }
    this.sentAt.clear();
  }
}
