import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../src/index.js';

let dir: string;
let spa: StaticServer;
let remote: StaticServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qp-static-'));
  await mkdir(join(dir, 'static', 'js'), { recursive: true });
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(join(dir, 'static', 'js', 'app.123.js'), 'console.log("app");'.repeat(50));
  await writeFile(join(dir, 'mf-manifest.json'), '{"id":"mf_x"}');
  spa = await startStaticServer({ root: dir, spa: true, documents: { '/console-config.json': { gatewayUrl: 'http://gw/graphql', remotes: [] } } });
  remote = await startStaticServer({ root: dir, cors: true });
});

afterAll(async () => {
  await spa.stop();
  await remote.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('static server', () => {
  it('answers the router’s paths with index.html, revalidated', async () => {
    const response = await fetch(`${spa.url}/modules/dctaj/legalite`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<title>app</title>');
  });

  it('caches hashed assets for a year and gzips them', async () => {
    const response = await fetch(`${spa.url}/static/js/app.123.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect(response.headers.get('content-type')).toContain('javascript');
    // fetch decodes the body itself: the header shows it came compressed.
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(await response.text()).toContain('console.log("app")');
  });

  it('never answers a missing hashed file with the app’s page', async () => {
    expect((await fetch(`${spa.url}/static/js/gone.js`)).status).toBe(404);
  });

  it('serves the configuration documents it is given', async () => {
    const response = await fetch(`${spa.url}/console-config.json`);
    expect(await response.json()).toEqual({ gatewayUrl: 'http://gw/graphql', remotes: [] });
  });

  it('lets other origins fetch a remote’s manifest, and has no page fallback for remotes', async () => {
    const manifest = await fetch(`${remote.url}/mf-manifest.json`, { headers: { origin: 'http://console' } });
    expect(manifest.headers.get('access-control-allow-origin')).toBe('*');
    expect(manifest.headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${remote.url}/modules/x`)).status).toBe(404);
    expect((await fetch(`${spa.url}/mf-manifest.json`)).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses paths that leave its folder', async () => {
    // Encoded slashes survive URL parsing and are decoded only by the server.
    const response = await fetch(`${remote.url}/..%2F..%2F..%2F..%2Fetc%2Fpasswd`);
    expect(response.status).toBe(400);
    expect(await response.text()).not.toContain('root:');
  });

  it('gzips exactly the bytes of the file', async () => {
    const { request } = await import('node:http');
    const raw = await new Promise<Buffer>((ok, fail) => {
      request(`${spa.url}/static/js/app.123.js`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => ok(Buffer.concat(chunks)));
      })
        .on('error', fail)
        .end();
    });
    expect(gunzipSync(raw).toString()).toBe('console.log("app");'.repeat(50));
  });
});
