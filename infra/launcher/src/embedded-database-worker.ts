import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

// One embedded database on its own thread (see embedded-database.ts). The socket server
// multiplexes connections and keeps a transaction on the connection that opened it.
const { dataDir, port } = workerData as { dataDir: string; port: number };
// PostgreSQL's default 128 MB of shared buffers, in each database's WebAssembly memory, is most
// of its footprint: a demo's tables fit in far less, and the files stay in the OS's cache.
const db = await PGlite.create({ dataDir, startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'] });
const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: 200 });
let actualPort = port;
server.addEventListener('listening', (event) => {
  actualPort = (event as CustomEvent<{ port: number }>).detail.port;
});
await server.start();
parentPort!.postMessage({ listening: actualPort });
parentPort!.on('message', (message) => {
  if (message !== 'stop') return;
  void (async () => {
    await server.stop();
    await db.close();
    parentPort!.postMessage({ stopped: true });
  })();
});
