/** A task run periodically by one server process. */
export interface Periodic {
  /** Runs the task now, then `intervalMs` after each run ends; does nothing when the interval is 0. */
  start(): void;
  /** Stops and waits for a run in progress to finish. */
  stop(): Promise<void>;
}

/**
 * Runs `tick` every `intervalMs`, timed from the end of the previous run so runs of one process
 * never overlap. `tick` must not reject (catch and report inside it). The timer is unref'd.
 */
export function createPeriodic(intervalMs: number, tick: () => Promise<void>): Periodic {
  let isStarted = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  const loop = () => {
    // A rejection here would be unhandled, and an unhandled rejection stops the whole server:
    // `tick` reports its own errors, and anything it still throws is dropped here.
    running = tick()
      .catch(() => undefined)
      .finally(() => {
        running = null;
        if (!isStarted) return;
        timer = setTimeout(loop, intervalMs);
        timer.unref();
      });
  };
  return {
    start() {
      if (isStarted || intervalMs <= 0) return;
      isStarted = true;
      loop();
    },
    async stop() {
      isStarted = false;
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
    },
  };
}
