/**
 * Concurrency that keeps order: work runs ahead of the consumer, results come out in input order,
 * and nothing runs or is held further ahead than a fixed bound (memory stays flat).
 */

/**
 * Maps `source` through `fn` with up to `concurrency` calls running, yielding results in the
 * source's order. A call starts as soon as any other finishes (no waiting behind a slow first
 * one), as long as at most `window` results are started or held unyielded — the memory bound.
 * Leaving the loop early starts nothing more; a failure is thrown in its turn.
 */
export async function* orderedMap<I, O>(
  source: Iterable<I> | AsyncIterable<I>,
  fn: (input: I) => Promise<O>,
  concurrency: number,
  window: number = concurrency * 2,
): AsyncGenerator<O, void, undefined> {
  const iterator =
    Symbol.asyncIterator in source
      ? (source as AsyncIterable<I>)[Symbol.asyncIterator]()
      : (source as Iterable<I>)[Symbol.iterator]();
  const queue: Promise<O>[] = [];
  let running = 0;
  let exhausted = false;
  let pulling = false;
  let stopped = false;
  // A failing source ends the input, but what is already under way is still yielded first.
  let sourceFailure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const settled = () => {
    running--;
    void pump();
  };
  // One pump at a time: an iterator's `next` must not be called again before it settles.
  async function pump(): Promise<void> {
    if (pulling) return;
    pulling = true;
    try {
      while (!exhausted && !stopped && running < concurrency && queue.length < window) {
        let next: IteratorResult<I>;
        try {
          next = await iterator.next();
        } catch (error) {
          sourceFailure = { error };
          exhausted = true;
          break;
        }
        if (next.done) {
          exhausted = true;
          break;
        }
        running++;
        const pending = fn(next.value);
        pending.then(settled, settled); // its failure is thrown when its turn comes
        queue.push(pending);
        notify();
      }
    } finally {
      pulling = false;
      notify();
    }
  }
  try {
    void pump();
    for (;;) {
      const head = queue[0];
      if (head === undefined) {
        if (exhausted && !pulling) break;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        continue;
      }
      const result = await head;
      queue.shift();
      void pump();
      yield result;
    }
    if (sourceFailure) throw sourceFailure.error;
  } finally {
    stopped = true;
    await iterator.return?.();
  }
}

/** A bounded queue between one producer and one consumer. */
class Channel<T> {
  private readonly items: T[] = [];
  private closed = false;
  private failure: { error: unknown } | undefined;
  private onItem: (() => void) | undefined;
  private onSpace: (() => void) | undefined;
  constructor(private readonly capacity: number) {}

  private abandoned = false;

  /** Resolves once the item fits (at once, dropping it, after `abandon`). */
  async push(item: T): Promise<void> {
    while (!this.abandoned && this.items.length >= this.capacity) {
      await new Promise<void>((resolve) => {
        this.onSpace = resolve;
      });
    }
    if (this.abandoned) return;
    this.items.push(item);
    this.wake();
  }

  /** The consumer is gone: drop what is queued and let the producer run out. */
  abandon(): void {
    this.abandoned = true;
    this.items.length = 0;
    const space = this.onSpace;
    this.onSpace = undefined;
    space?.();
  }

  close(failure?: { error: unknown }): void {
    this.closed = true;
    this.failure = failure;
    this.wake();
  }

  private wake(): void {
    const wake = this.onItem;
    this.onItem = undefined;
    wake?.();
  }

  async *drain(): AsyncGenerator<T, void, undefined> {
    for (;;) {
      if (this.items.length > 0) {
        const item = this.items.shift() as T;
        const space = this.onSpace;
        this.onSpace = undefined;
        space?.();
        yield item;
        continue;
      }
      if (this.failure) throw this.failure.error;
      if (this.closed) return;
      await new Promise<void>((resolve) => {
        this.onItem = resolve;
      });
    }
  }
}

/**
 * Concatenates sources in order while walking up to `concurrency` of them at once: the first is
 * streamed, the ones after it fill a queue of at most `buffer` items each and then wait.
 */
export async function* orderedConcat<T>(
  sources: Iterable<() => AsyncIterable<T>>,
  concurrency: number,
  buffer: number,
): AsyncGenerator<T, void, undefined> {
  const pending = sources[Symbol.iterator]();
  const running: Channel<T>[] = [];
  let stopped = false;
  const pumps: Promise<void>[] = [];
  const start = () => {
    while (running.length < concurrency) {
      const next = pending.next();
      if (next.done) return;
      const channel = new Channel<T>(buffer);
      running.push(channel);
      const source = next.value;
      pumps.push(
        (async () => {
          try {
            for await (const item of source()) {
              if (stopped) return;
              await channel.push(item);
              if (stopped) return;
            }
            channel.close();
          } catch (error) {
            channel.close({ error });
          }
        })(),
      );
    }
  };
  try {
    start();
    while (running.length > 0) {
      const head = running[0] as Channel<T>;
      yield* head.drain();
      running.shift();
      start();
    }
  } finally {
    stopped = true;
    // Unblock pumps waiting for space so their sources can finish; their items are dropped.
    for (const channel of running) channel.abandon();
  }
}
