// Everything the bench starts (child processes, the throwaway database, temp folders) registers
// its undo here, so a failure, Ctrl-C or SIGTERM still leaves the machine as it was.
type Task = { name: string; run: () => Promise<void> };

const tasks: Task[] = [];
let running: Promise<void> | null = null;
let interrupted: string | null = null;

/** The signal that stopped the run, if any: work still in flight then fails, and that is expected. */
export const interruptedBy = () => interrupted;
const TASK_TIMEOUT_MS = 20_000;

/** Registers an undo step; returns a function that unregisters it (when it was done normally). */
export function onCleanup(name: string, run: () => Promise<void>): () => void {
  const task = { name, run };
  tasks.push(task);
  return () => {
    const i = tasks.indexOf(task);
    if (i >= 0) tasks.splice(i, 1);
  };
}

/** Runs every registered step, last registered first, each bounded in time; never throws. */
export function runCleanup(): Promise<void> {
  running ??= (async () => {
    while (tasks.length) {
      const t = tasks.pop()!;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>(
        (resolve) =>
          (timer = setTimeout(
            () => (console.error(`[bench] cleanup "${t.name}" timed out`), resolve()),
            TASK_TIMEOUT_MS,
          )),
      );
      await Promise.race([
        t.run().catch((e: unknown) => console.error(`[bench] cleanup "${t.name}": ${(e as Error).message}`)),
        timeout,
      ]);
      clearTimeout(timer);
    }
  })();
  return running;
}

/**
 * On a signal, clean up and exit with the conventional 128 + signal number. The handlers stay
 * installed: Ctrl-C reaches the whole process group and tsx relays it once more, and a second
 * signal with no listener left would end the process halfway through the cleanup.
 */
export function installSignalHandlers(): void {
  const codes = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;
  for (const [signal, n] of Object.entries(codes)) {
    process.on(signal, () => {
      if (interrupted) return;
      interrupted = signal;
      console.error(`[bench] ${signal}: cleaning up`);
      void runCleanup().finally(() => process.exit(128 + n));
    });
  }
}
