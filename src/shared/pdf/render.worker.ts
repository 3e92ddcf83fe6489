import { parentPort } from 'node:worker_threads';
import type { RenderTask } from './render-pool';

/**
 * A render thread of RenderPool: loads the task's module, calls its function and sends the bytes back, moving them
 * (not copying) when they own their memory.
 */
parentPort?.on('message', (task: RenderTask) => {
  void (async () => {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the module is named by the task
      const loaded = require(task.module) as Record<string, (...args: unknown[]) => Promise<Uint8Array>>;
      const render = loaded[task.exportName];
      if (typeof render !== 'function') throw new Error(`${task.module} exports no function ${task.exportName}`);
      const result = await render(...task.args);
      const owned = result.byteOffset === 0 && result.byteLength === result.buffer.byteLength;
      const bytes = owned ? result : new Uint8Array(result);
      parentPort?.postMessage({ ok: true, bytes }, [bytes.buffer as ArrayBuffer]);
    } catch (error) {
      const { message, stack } = error instanceof Error ? error : new Error(String(error));
      parentPort?.postMessage({ ok: false, message, stack });
    }
  })();
});
