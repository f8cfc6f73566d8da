// What the console (host) and a directorate's remote agree on. The remote's exposed module
// (`./Module`) default-exports a component taking these props and rendering its own routes
// below `basePath`; the shell owns the session, the token and the Apollo Client (shared).

export type Role = 'AGENT' | 'MANAGER' | 'ANALYST' | 'ADMINISTRATOR';
export type TenantKind = 'PREFECTURE' | 'SOUS_PREFECTURE';

/** The signed-in user, as `me` gives it. */
export interface ConsoleUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  /** Their own tenant, with the time zone of its clock (`Tenant.timeZone`). */
  tenant: { id: string; name: string; kind: TenantKind; timeZone: string };
  directorate: { id: string; code: string; name: string };
  readableTenantIds: string[];
}

/** The shell's current location, which the remote's router follows. */
export interface RemoteLocation {
  pathname: string;
  search: string;
  hash: string;
  state?: unknown;
  key?: string;
}

export interface RemoteModuleProps {
  /** Where the shell mounted the module, e.g. `/modules/dctaj`; the remote's routes are below it. */
  basePath: string;
  location: RemoteLocation;
  /** Navigates the shell's router to an absolute path. */
  navigate(to: string, options?: { replace?: boolean; state?: unknown }): void;
  user: ConsoleUser;
  /** The tenant chosen in the shell's switcher (the user's own unless they read several). */
  tenantId: string;
  /** The viewed tenant's time zone: every date and time the module shows or reads is on its clocks. */
  timeZone: string;
  /** Opens a document of the gateway's `/documents/…` proxy (PDF, CSV) with the user's token. */
  openDocument(path: string): Promise<void>;
  /** The address of a public document of the gateway's `/public/…` (no sign-in), for a plain link anyone may open. */
  publicUrl(path: string): string;
}

/** One entry of the console's run-time configuration: where a directorate's remote lives. */
export interface RemoteEntry {
  /** Module Federation name of the remote, e.g. `mf_dctaj`. */
  name: string;
  /** URL of its `mf-manifest.json`. */
  entry: string;
  /** Codes of the directorates it serves (`['DCTAJ']`; the sous-préfectures' secretariats share one): shown when the API opens one of their modules to the viewer. */
  directorates: string[];
  /** A field of `TenantViewerCan` that opens it too, whichever directorate runs it in the viewed tenant. */
  capability?: string;
  /** Path segment under `/modules/`. */
  path: string;
  /** Label of the navigation entry, in French. */
  title: string;
}

/** `/console-config.json`, served by the console's server from its configuration. */
export interface ConsoleConfig {
  gatewayUrl: string;
  remotes: RemoteEntry[];
  /** Where the demo accounts exist (development): one of them, which the sign-in page gives as the expected format. */
  demoEmail?: string;
  /** Who hosts this instance, as its operator declares it (`CONSOLE_HOSTING`), for the mentions légales. */
  hosting?: string;
}
