import { describe, expect, it } from 'vitest';
import { canQueryGraphQL, visibleModules } from '../src/access.js';
import type { ConsoleUser, RemoteEntry } from '../src/contract.js';

const remote = (name: string, ...directorates: string[]): RemoteEntry => ({ name: `mf_${name}`, entry: `http://x/${name}/mf-manifest.json`, directorates, path: name, title: name });
const REMOTES = [remote('dctaj', 'DCTAJ'), remote('dlp', 'DLP'), remote('drmm', 'DRMM'), remote('sp', 'SPF', 'SPT')];
const user = (role: ConsoleUser['role'], directorate: string, kind: ConsoleUser['tenant']['kind'] = 'PREFECTURE'): ConsoleUser => ({
  id: 'u',
  email: 'u@x',
  displayName: 'U',
  role,
  tenant: { id: kind === 'PREFECTURE' ? 'metz' : 'forbach', name: 'T', kind },
  directorate: { id: `d-${directorate}`, code: directorate, name: directorate },
  readableTenantIds: ['metz'],
});

describe('modules shown to a user', () => {
  it('gives agents and managers their own directorate’s module only', () => {
    expect(visibleModules(user('AGENT', 'DCTAJ'), REMOTES).map((r) => r.name)).toEqual(['mf_dctaj']);
    expect(visibleModules(user('MANAGER', 'DRMM'), REMOTES).map((r) => r.name)).toEqual(['mf_drmm']);
    expect(visibleModules(user('AGENT', 'SII'), REMOTES)).toEqual([]);
  });

  it('gives a module shared by several directorates to each of them', () => {
    expect(visibleModules(user('AGENT', 'SPF', 'SOUS_PREFECTURE'), REMOTES).map((r) => r.name)).toEqual(['mf_sp']);
    expect(visibleModules(user('MANAGER', 'SPT', 'SOUS_PREFECTURE'), REMOTES).map((r) => r.name)).toEqual(['mf_sp']);
  });

  it('gives the préfecture’s analysts and administrators every module, those of a sous-préfecture their own only', () => {
    expect(visibleModules(user('ANALYST', 'DRMM'), REMOTES)).toHaveLength(4);
    expect(visibleModules(user('ADMINISTRATOR', 'SG'), REMOTES)).toHaveLength(4);
    expect(visibleModules(user('ANALYST', 'SPF', 'SOUS_PREFECTURE'), REMOTES).map((r) => r.name)).toEqual(['mf_sp']);
    expect(visibleModules(user('ADMINISTRATOR', 'SPF', 'SOUS_PREFECTURE'), REMOTES).map((r) => r.name)).toEqual(['mf_sp']);
  });

  it('gives them, in the tenant they view, the modules of the directorates it has', () => {
    expect(visibleModules(user('ANALYST', 'DRMM'), REMOTES, ['SPT']).map((r) => r.name)).toEqual(['mf_sp']);
    expect(visibleModules(user('ADMINISTRATOR', 'SG'), REMOTES, ['SG', 'DCTAJ', 'DLP', 'DRMM']).map((r) => r.name)).toEqual(['mf_dctaj', 'mf_dlp', 'mf_drmm']);
    // A user of one directorate keeps their module whatever the list.
    expect(visibleModules(user('AGENT', 'DCTAJ'), REMOTES, []).map((r) => r.name)).toEqual(['mf_dctaj']);
  });

  it('opens GraphiQL to analysts and administrators only', () => {
    expect(canQueryGraphQL(user('ANALYST', 'DRMM'))).toBe(true);
    expect(canQueryGraphQL(user('ADMINISTRATOR', 'SG'))).toBe(true);
    expect(canQueryGraphQL(user('MANAGER', 'DRMM'))).toBe(false);
    expect(canQueryGraphQL(user('AGENT', 'DCTAJ'))).toBe(false);
  });
});
