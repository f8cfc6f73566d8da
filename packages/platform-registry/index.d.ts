/** A subgraph of the supergraph. */
export interface SubgraphEntry {
  /** Its name in the supergraph, and in SUBGRAPH_<NAME>_URL and <NAME>_PORT. */
  name: string;
  /** Where it listens by default (`npm start`, and its own default PORT). */
  port: number;
  /** Its folder from the repository's root; its SDL is `<folder>/schema.graphql`. */
  folder: string;
  /** Its workspace package name. */
  package: string;
  /** It reads the supergraph with a read-only service identity of its own (client id: its name), from the organization's POST /oauth/token. */
  serviceIdentity?: boolean;
}

/** A directorate's remote of the console (a Module Federation remote). */
export interface RemoteEntry {
  /** Its folder under apps/. */
  app: string;
  /** Its Module Federation name (also in <NAME>_PORT). */
  name: string;
  /** Where `npm start` serves it by default. */
  port: number;
  /** Its folder from the repository's root. */
  folder: string;
  /** Its workspace package name. */
  package: string;
  /** The directorates it serves: the console shows it when the API opens one of their modules to the viewer. */
  directorates: string[];
  /** A field of `TenantViewerCan` that opens it too, where the directorate running it differs by tenant (the quality programme: DRMM at the préfecture, the secretariat at a sous-préfecture). */
  capability?: string;
  /** Its path in the console. */
  path: string;
  /** Its title in the console's menu. */
  title: string;
}

export declare const SUBGRAPHS: readonly SubgraphEntry[];
export declare const REMOTES: readonly RemoteEntry[];
/** The entry of a remote by its folder under apps/ (`mf-dctaj`), or an error naming this package. */
export declare function remote(app: string): RemoteEntry;
/** The entry of a subgraph, or an error naming this package. */
export declare function subgraph(name: string): SubgraphEntry;
/** The variable that tells a process where a subgraph listens: `SUBGRAPH_<NAME>_URL`. */
export declare const subgraphUrlVariable: (name: string) => string;
/** The variables that tell a process where the given subgraphs listen (name → URL), leaving out `except`'s own. */
export declare function subgraphUrlVariables(urls: Record<string, string>, except?: string): Record<string, string>;
/**
 * The variables of the service identities: `SERVICE_CLIENTS` (`<name>:<secret>` for each subgraph with
 * `serviceIdentity`) for the organization, `SERVICE_CLIENT_SECRET` and `SUPERGRAPH_URL` for such a
 * subgraph, none for the others.
 */
export declare function serviceIdentityVariables(name: string, secret: string, supergraphUrl: string): Record<string, string>;
