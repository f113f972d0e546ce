// The dev server's side of the editor tools' worker (worker.ts): one request, one promise.
import { Worker } from 'node:worker_threads';
import type { LintReport } from './protocol.ts';

export interface WorkerData {
  contentDir: string;
  root: string;
  /** The dev server's now (src/build-inputs.ts), so the toolbar's findings match its pages. */
  now: Date;
}

interface Calls {
  lint: { arg: string; result: LintReport };
  cmsConfig: { arg: { siteUrl: string; proxyUrl: string }; result: string };
}

export type WorkerRequest = { [K in keyof Calls]: { id: number; call: K; arg: Calls[K]['arg'] } }[keyof Calls];
export type WorkerResponse = { id: number; result?: Calls[keyof Calls]['result']; error?: string };

export interface EditorWorker {
  call<K extends keyof Calls>(call: K, arg: Calls[K]['arg']): Promise<Calls[K]['result']>;
  stop(): Promise<void>;
}

export function startEditorWorker(data: WorkerData): EditorWorker {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: data });
  // The dev server's lifetime is the worker's: it must not keep Node running on its own.
  worker.unref();
  const pending = new Map<number, { resolve: (value: never) => void; reject: (error: Error) => void }>();
  let next = 0;
  let dead: Error | undefined;
  worker.on('message', (response: WorkerResponse) => {
    const waiting = pending.get(response.id);
    pending.delete(response.id);
    if (response.error !== undefined) waiting?.reject(new Error(response.error));
    else waiting?.resolve(response.result as never);
  });
  worker.on('error', (error) => {
    dead = error;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  });
  return {
    call(call, arg) {
      const id = next++;
      return new Promise((resolve, reject) => {
        if (dead) return reject(dead);
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, call, arg } as WorkerRequest);
      });
    },
    async stop() {
      await worker.terminate();
    },
  };
}
