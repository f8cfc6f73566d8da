import { describe, expect, it } from 'vitest';
import { canQueryGraphQL, canWriteFor, visibleModules } from '../src/access.js';
import type { ConsoleUser, RemoteEntry } from '../src/contract.js';

const remote = (directorate: string): RemoteEntry => ({ name: `mf_${directorate.toLowerCase()}`, entry: `http://x/${directorate}/mf-manifest.json`, directorate, path: directorate.toLowerCase(), title: directorate });
const REMOTES = [remote('DCTAJ'), remote('DLP'), remote('DRMM')];
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
    expect(visibleModules(user('AGENT', 'DCTAJ'), REMOTES).map((r) => r.directorate)).toEqual(['DCTAJ']);
    expect(visibleModules(user('MANAGER', 'DRMM'), REMOTES).map((r) => r.directorate)).toEqual(['DRMM']);
    expect(visibleModules(user('AGENT', 'SII'), REMOTES)).toEqual([]);
  });

  it('gives the préfecture’s analysts and administrators every module, not those of a sous-préfecture', () => {
    expect(visibleModules(user('ANALYST', 'DRMM'), REMOTES)).toHaveLength(3);
    expect(visibleModules(user('ADMINISTRATOR', 'SG'), REMOTES)).toHaveLength(3);
    expect(visibleModules(user('ANALYST', 'SPF', 'SOUS_PREFECTURE'), REMOTES)).toEqual([]);
    expect(visibleModules(user('ADMINISTRATOR', 'SPF', 'SOUS_PREFECTURE'), REMOTES)).toEqual([]);
  });

  it('opens GraphiQL to analysts and administrators only', () => {
    expect(canQueryGraphQL(user('ANALYST', 'DRMM'))).toBe(true);
    expect(canQueryGraphQL(user('ADMINISTRATOR', 'SG'))).toBe(true);
    expect(canQueryGraphQL(user('MANAGER', 'DRMM'))).toBe(false);
    expect(canQueryGraphQL(user('AGENT', 'DCTAJ'))).toBe(false);
  });
});

describe('who may change a directorate’s records', () => {
  it('is its agents and managers, and administrators, in their own tenant', () => {
    expect(canWriteFor(user('AGENT', 'DCTAJ'), 'd-DCTAJ', 'metz')).toBe(true);
    expect(canWriteFor(user('AGENT', 'DCTAJ'), 'd-DLP', 'metz')).toBe(false);
    expect(canWriteFor(user('ADMINISTRATOR', 'SG'), 'd-DLP', 'metz')).toBe(true);
    expect(canWriteFor(user('ANALYST', 'DCTAJ'), 'd-DCTAJ', 'metz')).toBe(false);
    expect(canWriteFor(user('ADMINISTRATOR', 'SG'), 'd-SPF', 'forbach')).toBe(false);
  });
});
