import type { ConsoleUser, RemoteEntry } from './contract.js';

/**
 * The modules a user sees: their own directorate's; a préfecture's analysts and administrators
 * see every directorate's module (they audit them; the API decides what they may change), of
 * the directorates the viewed tenant has when its directorates' codes are known.
 */
export function visibleModules(user: ConsoleUser, remotes: readonly RemoteEntry[], tenantDirectorates?: readonly string[]): RemoteEntry[] {
  const prefectureWide = user.tenant.kind === 'PREFECTURE' && (user.role === 'ANALYST' || user.role === 'ADMINISTRATOR');
  if (!prefectureWide) return remotes.filter((r) => r.directorates.includes(user.directorate.code));
  return tenantDirectorates ? remotes.filter((r) => r.directorates.some((code) => tenantDirectorates.includes(code))) : [...remotes];
}

/** Analysts and administrators query the gateway directly (GraphiQL page). */
export const canQueryGraphQL = (user: ConsoleUser) => user.role === 'ANALYST' || user.role === 'ADMINISTRATOR';
