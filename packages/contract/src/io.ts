/** Where a command writes and what it reads of its process: passed in, so `main` can run anywhere. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Colours in pretty output: stdout is a terminal and NO_COLOR is unset. */
  color: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

/** The process's own streams and environment. */
export function processIo(): Io {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    color: process.stdout.isTTY === true && !process.env.NO_COLOR,
    env: process.env,
  };
}

/**
 * Resolves on the first SIGINT or SIGTERM, or when `stop` is called (a bound reached); the
 * listeners are removed either way.
 */
export function untilStopped(): { stopped: Promise<void>; stop: () => void } {
  let stop: () => void = () => {};
  const stopped = new Promise<void>((resolve) => {
    const done = () => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    stop = done;
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  return { stopped, stop };
}
