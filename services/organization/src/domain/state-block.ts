import { PrefectTitle, TenantKind } from './kinds.js';

const TITLE: Record<PrefectTitle, string> = { [PrefectTitle.PREFET]: 'PRÉFET', [PrefectTitle.PREFETE]: 'PRÉFÈTE' };

/**
 * The State's block of a tenant's documents and pages: « PRÉFET DE LA MOSELLE », and for a
 * sous-préfecture its own name beneath (« Sous-préfecture de Forbach »). Null until both the
 * title and the département are recorded.
 */
export function stateBlockLines(tenant: { kind: TenantKind; name: string; prefectTitle?: PrefectTitle | null; departementWithArticle?: string | null }): string[] | null {
  if (!tenant.prefectTitle || !tenant.departementWithArticle) return null;
  const authority = `${TITLE[tenant.prefectTitle]} ${tenant.departementWithArticle.toLocaleUpperCase('fr-FR')}`;
  return tenant.kind === TenantKind.SOUS_PREFECTURE ? [authority, tenant.name] : [authority];
}
