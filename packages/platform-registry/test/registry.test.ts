import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REMOTES, SUBGRAPHS, remote, serviceIdentityVariables, subgraph, subgraphUrlVariables } from '../index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const packageName = (folder: string) => (JSON.parse(readFileSync(`${root}${folder}/package.json`, 'utf8')) as { name: string }).name;

describe('the platform registry', () => {
  it('names each subgraph and remote once, on a port of its own', () => {
    const names = [...SUBGRAPHS.map((s) => s.name), ...REMOTES.map((r) => r.name)];
    const ports = [...SUBGRAPHS.map((s) => s.port), ...REMOTES.map((r) => r.port)];
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(ports).size).toBe(ports.length);
  });

  it('points at folders whose package is the one listed', () => {
    for (const entry of [...SUBGRAPHS, ...REMOTES]) expect(packageName(entry.folder)).toBe(entry.package);
    for (const s of SUBGRAPHS) expect(existsSync(`${root}${s.folder}/schema.graphql`)).toBe(true);
    for (const r of REMOTES) expect(r.folder).toBe(`apps/${r.app}`);
  });

  it('refuses an unknown subgraph or remote by naming where to add it', () => {
    expect(subgraph('surveys').port).toBe(4004);
    expect(() => subgraph('nope')).toThrow(/platform-registry/);
    expect(remote('mf-dctaj').name).toBe('mf_dctaj');
    expect(() => remote('mf-nope')).toThrow(/platform-registry/);
  });

  it('tells a process where the other subgraphs listen, by SUBGRAPH_<NAME>_URL, never its own', () => {
    const urls = { organization: 'http://127.0.0.1:4001/graphql', quality: 'http://127.0.0.1:4005/graphql' };
    expect(subgraphUrlVariables(urls)).toEqual({ SUBGRAPH_ORGANIZATION_URL: urls.organization, SUBGRAPH_QUALITY_URL: urls.quality });
    expect(subgraphUrlVariables(urls, 'quality')).toEqual({ SUBGRAPH_ORGANIZATION_URL: urls.organization });
  });

  it('tells the organization its service clients, a subgraph with a service identity its secret and the supergraph, the others nothing', () => {
    const secret = 'x'.repeat(43);
    const supergraph = 'http://127.0.0.1:4000/graphql';
    expect(SUBGRAPHS.filter((s) => s.serviceIdentity).map((s) => s.name)).toEqual(['quality']);
    expect(serviceIdentityVariables('organization', secret, supergraph)).toEqual({ SERVICE_CLIENTS: `quality:${secret}` });
    expect(serviceIdentityVariables('quality', secret, supergraph)).toEqual({ SERVICE_CLIENT_SECRET: secret, SUPERGRAPH_URL: supergraph });
    expect(serviceIdentityVariables('surveys', secret, supergraph)).toEqual({});
    expect(() => serviceIdentityVariables('nope', secret, supergraph)).toThrow(/platform-registry/);
  });
});
