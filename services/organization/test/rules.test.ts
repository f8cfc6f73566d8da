import { describe, expect, it } from 'vitest';
import { Role } from '@qualipref/auth';
import { TenantKind } from '../src/domain/kinds.js';
import { normalizeCode, normalizeEmail, readableTenantIds } from '../src/domain/rules.js';

const metz = { id: 'm', kind: TenantKind.PREFECTURE, parentId: null };
const forbach = { id: 'f', kind: TenantKind.SOUS_PREFECTURE, parentId: 'm' };
const thionville = { id: 't', kind: TenantKind.SOUS_PREFECTURE, parentId: 'm' };
const all = [metz, forbach, thionville];

describe('readable tenants', () => {
  it('gives a préfecture analyst the three tenants, everyone else their own', () => {
    expect(readableTenantIds(metz, Role.ANALYST, all)).toEqual(['m', 'f', 't']);
    for (const role of [Role.AGENT, Role.MANAGER, Role.ADMINISTRATOR]) expect(readableTenantIds(metz, role, all)).toEqual(['m']);
    expect(readableTenantIds(forbach, Role.ANALYST, all)).toEqual(['f']);
  });
});

describe('input rules', () => {
  it('normalizes e-mail addresses and acronyms, refusing malformed ones', () => {
    expect(normalizeEmail('  Agent.DRMM@Moselle.Gouv.Fr ')).toBe('agent.drmm@moselle.gouv.fr');
    expect(() => normalizeEmail('agent@')).toThrow();
    expect(normalizeCode(' dctaj ')).toBe('DCTAJ');
    expect(() => normalizeCode('trop long pour un sigle')).toThrow();
    expect(() => normalizeCode('')).toThrow();
  });
});
