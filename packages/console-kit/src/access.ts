import type { RemoteEntry } from './contract.js';

/**
 * The modules the console shows: those of the directorates whose module the API opens to the
 * viewer (`Directorate.viewerCanOpenModule` of the viewed tenant), and those whose capability the
 * API grants the viewer there (`Tenant.viewerCan`). The console decides nothing itself; it only
 * maps the API's answers to the remotes that serve them.
 */
export function visibleModules(remotes: readonly RemoteEntry[], openedDirectorateCodes: readonly string[], capabilities: Readonly<Record<string, unknown>> = {}): RemoteEntry[] {
  return remotes.filter((r) => r.directorates.some((code) => openedDirectorateCodes.includes(code)) || (r.capability !== undefined && capabilities[r.capability] === true));
}
