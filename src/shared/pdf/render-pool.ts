import { join } from 'node:path';
import { isMainThread, Worker } from 'node:worker_threads';

/**
 * Renders documents (PDFs, workbooks) on worker threads, so that a large report does not hold the event loop: health
 * checks and other requests keep their pace while it prints. A task names a module and one of its exported functions;
 * the worker loads the module itself and calls the function with the arguments, copied across the thread boundary
 * (plain data only: no functions, no class instances). The function returns the bytes of the document.
 *
 * A small pool of our own rather than a library (piscina): one task per thread, a queue, a replacement for a thread
 * that dies, threads started on the first render and ended after a minute idle. About a hundred lines, no dependency.
 */
export interface RenderTask {
  /** Absolute path of the module without extension (`join(__dirname, 'x.renderer')`): .js when built, .ts in tests. */
  readonly module: string;
  readonly exportName: string;
  readonly args: readonly unknown[];
}

interface Pending {
  readonly task: RenderTask;
  resolve(bytes: Buffer): void;
  reject(error: unknown): void;
}

interface Slot {
  readonly worker: Worker;
  current?: Pending;
  idleTimer?: NodeJS.Timeout;
}

type Reply = { ok: true; bytes: Uint8Array } | { ok: false; message: string; stack?: string };

const IDLE_MS = 60_000;

export class RenderPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Pending[] = [];
  private closed = false;

  constructor(readonly size: number) {}

  run(task: RenderTask): Promise<Buffer> {
    if (this.closed) return Promise.reject(new Error('The render pool is closed'));
    return new Promise<Buffer>((resolve, reject) => {
      this.queue.push({ task, resolve, reject });
      this.dispatch();
    });
  }

  /** Ends every thread; tasks still queued or running are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new Error('The render pool is closed'));
    await Promise.all([...this.slots].map((slot) => this.retire(slot)));
  }

  private dispatch(): void {
    while (this.queue.length) {
      let slot = [...this.slots].find((candidate) => !candidate.current);
      if (!slot && this.slots.size < this.size) slot = this.start();
      if (!slot) return;
      const pending = this.queue.shift() as Pending;
      clearTimeout(slot.idleTimer);
      slot.current = pending;
      slot.worker.ref(); // a render in progress keeps the process alive; an idle thread does not
      slot.worker.postMessage(pending.task);
    }
  }

  private start(): Slot {
    const slot: Slot = { worker: startWorker() };
    this.slots.add(slot);
    slot.worker.on('message', (reply: Reply) => {
      const pending = slot.current;
      slot.current = undefined;
      slot.worker.unref();
      slot.idleTimer = setTimeout(() => void this.retire(slot), IDLE_MS).unref();
      if (reply.ok) pending?.resolve(Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength));
      else pending?.reject(Object.assign(new Error(reply.message), { stack: reply.stack }));
      this.dispatch();
    });
    // A thread that dies (out of memory, a crash) takes only its own task with it; the next task starts a new one.
    const lost = (error: unknown) => {
      if (!this.slots.delete(slot)) return;
      clearTimeout(slot.idleTimer);
      slot.current?.reject(error instanceof Error ? error : new Error(`The render thread exited (${String(error)})`));
      slot.current = undefined;
      if (!this.closed) this.dispatch();
    };
    slot.worker.on('error', lost);
    slot.worker.on('exit', (code) => lost(code));
    return slot;
  }

  private async retire(slot: Slot): Promise<void> {
    this.slots.delete(slot);
    clearTimeout(slot.idleTimer);
    slot.current?.reject(new Error('The render pool is closed'));
    await slot.worker.terminate();
  }
}

/**
 * The built worker (dist/.../render.worker.js), or, when running from the TypeScript sources (Jest, scripts run with
 * @swc-node/register), the same file compiled on load by @swc-node/register, a development dependency.
 */
function startWorker(): Worker {
  const built = __filename.endsWith('.js');
  const entry = join(__dirname, `render.worker${built ? '.js' : '.ts'}`);
  const worker = built
    ? new Worker(entry)
    : new Worker(
        `require(${JSON.stringify(require.resolve('@swc-node/register'))}); require(${JSON.stringify(entry)});`,
        {
          eval: true,
        },
      );
  worker.unref();
  return worker;
}

let pool: RenderPool | undefined;

/**
 * Sets the number of render threads (RENDER_WORKERS) at start-up; 0, or never calling it (unit tests, scripts), renders
 * on the calling thread. A pool already running is closed and replaced.
 */
export async function configureRenderPool(workers: number): Promise<void> {
  const previous = pool;
  pool = workers > 0 ? new RenderPool(workers) : undefined;
  await previous?.close();
}

export async function closeRenderPool(): Promise<void> {
  const previous = pool;
  pool = undefined;
  await previous?.close();
}

/**
 * Runs the task on a render thread when a pool is configured, else here: `module[exportName](...args)` either way, so
 * the result is the same. A render thread itself never offloads (it is the pool's).
 */
export function renderOffThread(task: RenderTask, here: () => Promise<Buffer>): Promise<Buffer> {
  return pool && isMainThread ? pool.run(task) : here();
}
