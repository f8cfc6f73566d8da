import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.map', '.txt']);

export interface StaticServerOptions {
  /** The built folder (an Rsbuild `dist/`). */
  root: string;
  port?: number;
  host?: string;
  /** A single-page app: unknown paths get index.html, so that the router answers them. */
  spa?: boolean;
  /**
   * A Module Federation remote: its manifest and chunks are fetched by the console from another
   * origin, so every answer allows any origin (they are public, static and carry no secret).
   */
  cors?: boolean;
  /** Extra JSON documents served at fixed paths, e.g. the console's `/console-config.json`. */
  documents?: Record<string, unknown>;
}

export interface StaticServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

interface Asset {
  body: Buffer;
  gzip: Buffer | null;
  type: string;
}

/**
 * Serves a built front end. Hashed files under /static/ are cached for a year (their name
 * changes with their content); index.html, mf-manifest.json and the configuration are
 * revalidated each time, so that a redeployed remote is picked up at the next page load.
 * Text is gzipped once and kept in memory.
 */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  await stat(join(root, options.spa ? 'index.html' : '')).catch(() => {
    throw new Error(`${root} is not built (run the build first)`);
  });
  const cache = new Map<string, Asset>();
  const documents = new Map(Object.entries(options.documents ?? {}).map(([path, value]) => [path, Buffer.from(JSON.stringify(value))]));

  const load = async (file: string): Promise<Asset | null> => {
    const known = cache.get(file);
    if (known) return known;
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return null;
    const body = await readFile(file);
    const ext = extname(file);
    const asset = { body, gzip: COMPRESSIBLE.has(ext) ? gzipSync(body) : null, type: TYPES[ext] ?? 'application/octet-stream' };
    cache.set(file, asset);
    return asset;
  };

  const send = (req: IncomingMessage, res: ServerResponse, status: number, asset: Asset, cacheControl: string) => {
    const gzip = asset.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const headers: Record<string, string | number> = {
      'content-type': asset.type,
      'cache-control': cacheControl,
      'x-content-type-options': 'nosniff',
      vary: 'accept-encoding',
      'content-length': gzip ? asset.gzip!.length : asset.body.length,
    };
    if (gzip) headers['content-encoding'] = 'gzip';
    if (options.cors) {
      headers['access-control-allow-origin'] = '*';
      // Lets the console's page measure the remote's downloads (sizes in Resource Timing).
      headers['timing-allow-origin'] = '*';
    }
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : gzip ? asset.gzip : asset.body);
  };

  const server = createServer((req, res) => {
    void (async () => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      const document = documents.get(pathname);
      if (document) {
        send(req, res, 200, { body: document, gzip: null, type: TYPES['.json']! }, 'no-cache');
        return;
      }
      const file = normalize(join(root, pathname));
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(400).end();
        return;
      }
      const asset = pathname.endsWith('/') ? null : await load(file);
      if (asset) {
        send(req, res, 200, asset, pathname.startsWith('/static/') ? 'public, max-age=31536000, immutable' : 'no-cache');
        return;
      }
      // A missing hashed file is a real 404, never the app's page (the browser would run HTML as a script).
      const index = options.spa && !pathname.startsWith('/static/') ? await load(join(root, 'index.html')) : null;
      if (index) {
        send(req, res, 200, index, 'no-cache');
        return;
      }
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...(options.cors ? { 'access-control-allow-origin': '*' } : {}) }).end('Introuvable');
    })().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Erreur du serveur : ${(error as Error).message}`);
    });
  });

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    port,
    stop: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}
