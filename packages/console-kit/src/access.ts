import type { RemoteEntry } from './contract.js';

/**
 * The modules the console shows: those of the directorates whose module the API opens to the
 * viewer (`Directorate.viewerCanOpenModule` of the viewed tenant). The console decides nothing
 * itself; it only maps directorates to the remotes that serve them.
 */
export function visibleModules(remotes: readonly RemoteEntry[], openedDirectorateCodes: readonly string[]): RemoteEntry[] {
  return remotes.filter((r) => r.directorates.some((code) => openedDirectorateCodes.includes(code)));
}
