import { describe, expect, it } from 'vitest';
import { Role } from '@qualipref/auth';
import { PrefectTitle, TenantKind } from '../src/domain/kinds.js';
import { stateBlockLines } from '../src/domain/state-block.js';
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

describe('the State\'s block', () => {
  const prefecture = (prefectTitle: PrefectTitle | null, departementWithArticle: string | null) => ({ kind: TenantKind.PREFECTURE, name: 'Préfecture', prefectTitle, departementWithArticle });
  it('prints the title and the département with its article in capitals', () => {
    expect(stateBlockLines(prefecture(PrefectTitle.PREFET, 'de la Moselle'))).toEqual(['PRÉFET DE LA MOSELLE']);
    expect(stateBlockLines(prefecture(PrefectTitle.PREFETE, 'du Bas-Rhin'))).toEqual(['PRÉFÈTE DU BAS-RHIN']);
    expect(stateBlockLines(prefecture(PrefectTitle.PREFET, 'des Vosges'))).toEqual(['PRÉFET DES VOSGES']);
    expect(stateBlockLines(prefecture(PrefectTitle.PREFETE, "de l'Ain"))).toEqual(["PRÉFÈTE DE L'AIN"]);
  });
  it('adds a sous-préfecture\'s name beneath, and is null until both settings are recorded', () => {
    expect(stateBlockLines({ kind: TenantKind.SOUS_PREFECTURE, name: 'Sous-préfecture de Forbach', prefectTitle: PrefectTitle.PREFET, departementWithArticle: 'de la Moselle' })).toEqual(['PRÉFET DE LA MOSELLE', 'Sous-préfecture de Forbach']);
    expect(stateBlockLines(prefecture(null, 'de la Moselle'))).toBeNull();
    expect(stateBlockLines(prefecture(PrefectTitle.PREFET, null))).toBeNull();
  });
});
