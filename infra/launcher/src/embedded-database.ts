import { mkdir } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/** What the worker says: it listens on a port, or it has stopped. */
type WorkerMessage = { listening: number } | { stopped: true };

/**
 * PostgreSQL compiled to WebAssembly (PGlite), served over the wire protocol so that the
 * services connect to it as to any server; its files stay in `dataDir` between runs. PGlite has
 * one session and runs one statement at a time, and an open transaction holds it: each one runs
 * in its own worker thread, so that several databases (one per service) neither wait on each
 * other nor on the launcher's own work.
 */
export async function startEmbeddedDatabase(dataDir: string, port: number): Promise<EmbeddedDatabase> {
  await mkdir(dataDir, { recursive: true });
  const worker = new Worker(new URL('./embedded-database-worker.js', import.meta.url), { workerData: { dataDir, port } });
  const next = () =>
    new Promise<WorkerMessage>((resolve, reject) => {
      const onError = (error: Error) => reject(error);
      worker.once('error', onError);
      worker.once('message', (message: WorkerMessage) => {
        worker.off('error', onError);
        resolve(message);
      });
    });
  const started = await next();
  if (!('listening' in started)) throw new Error(`embedded database in ${dataDir} did not start`);
  return {
    url: `postgresql://postgres@127.0.0.1:${started.listening}/postgres?sslmode=disable`,
    async stop() {
      const stopped = next();
      worker.postMessage('stop');
      await stopped;
      await worker.terminate();
    },
  };
}

/**
 * One embedded database per service (they share no table), in `root/<name>`; or, with `shared`,
 * one for all of them in `root/shared`, which saves memory and serializes the services.
 */
export async function startEmbeddedDatabases(root: string, names: string[], shared: boolean, port: (name: string) => number): Promise<{ urls: Map<string, string>; stop(): Promise<void> }> {
  const started: EmbeddedDatabase[] = [];
  const urls = new Map<string, string>();
  try {
    for (const name of shared ? ['shared'] : names) {
      const database = await startEmbeddedDatabase(`${root}/${name}`, port(name));
      started.push(database);
      if (shared) for (const each of names) urls.set(each, database.url);
      else urls.set(name, database.url);
    }
  } catch (error) {
    await Promise.all(started.map((d) => d.stop()));
    throw error;
  }
  return { urls, stop: async () => void (await Promise.all(started.map((d) => d.stop()))) };
}
