/**
 * Work spread over the machine's cores with worker threads, for build steps whose items are
 * independent (share cards, pages). A worker module calls `serveThread(run)`; the main thread calls
 * `inThreads(url, items, run)`, which runs small jobs in its own thread, since starting a thread
 * (and tsx in it) costs about as much as a few dozen items.
 */
import { availableParallelism } from "node:os";
import { parentPort, Worker, workerData } from "node:worker_threads";

/** What a thread is started with: its share of the items, and what every batch needs (paths, options). */
interface ThreadData<T, C> {
  /** Marks a thread started by `inThreads` (a test runner's own worker threads carry other data). */
  buildThread: true;
  items: T[];
  context: C;
}

/** In a worker module: runs `run` on the batch the thread was started with and posts its result back. */
export function serveThread<T, C, R>(run: (items: T[], context: C) => R | Promise<R>): void {
  const port = parentPort;
  const data = workerData as Partial<ThreadData<T, C>> | null | undefined;
  if (!port || data?.buildThread !== true) return;
  const { items = [], context } = data;
  // A failure rejects here and reaches the main thread as the worker's "error" event.
  void Promise.resolve(run(items, context as C)).then((result) => port.postMessage({ result }));
}

function runThread<T, C, R>(workerUrl: string, batch: ThreadData<T, C>): Promise<R> {
  return new Promise((resolve, reject) => {
    // A thread does not inherit this process's TypeScript loader, so it registers tsx before loading the module.
    const bootstrap = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then(({ register }) => { register(); return import(${JSON.stringify(workerUrl)}); });`;
    const worker = new Worker(bootstrap, { eval: true, workerData: batch });
    let done: { result: R } | undefined;
    worker.on("message", (message: { result: R }) => (done = message));
    worker.on("error", reject);
    worker.on("exit", (code) => (done && code === 0 ? resolve(done.result) : reject(new Error(`a worker thread stopped with code ${code} before finishing`))));
  });
}

/**
 * Splits `items` into one batch per core (round robin) and runs `run(batch, context)` on each, in
 * worker threads started from `workerUrl` (a module that calls `serveThread(run)` with the same
 * function), or in this thread when there are fewer than `minPerThread` items per thread. Items,
 * context and results cross threads by structured clone. Results come back in batch order.
 */
export async function inThreads<T, C, R>(
  workerUrl: string,
  items: T[],
  context: C,
  run: (items: T[], context: C) => R | Promise<R>,
  minPerThread: number,
): Promise<{ results: R[]; threads: number }> {
  const threads = Math.min(availableParallelism(), Math.floor(items.length / minPerThread));
  if (threads <= 1) return { results: [await run(items, context)], threads: 1 };
  const batches: T[][] = Array.from({ length: threads }, () => []);
  items.forEach((item, i) => batches[i % threads]?.push(item));
  return { results: await Promise.all(batches.map((b) => runThread<T, C, R>(workerUrl, { buildThread: true, items: b, context }))), threads };
}
