// The console and the directorates' remotes for `npm start`: each remote on its own server
// (as each directorate deploys its own), the console serving its run-time configuration.
import { join } from 'node:path';
import { ACCOUNTS } from '@qualipref/demo-fixtures';
import { REMOTES } from '@qualipref/platform-registry';
import { startStaticServer, type StaticServer } from '@qualipref/static-server';

export interface RunningConsole {
  url: string;
  remotes: { name: string; url: string }[];
  stop(): Promise<void>;
}

/**
 * `CONSOLE_REMOTES` (JSON, the `remotes` of /console-config.json) points the console at remotes
 * deployed elsewhere; without it, the console uses the remotes served here. `CONSOLE_HOSTING`
 * names the host of the instance in the mentions légales (undeclared without it).
 */
export async function startConsole(root: string, gatewayUrl: string, consolePort: number, remotePort: (name: string, fallback: number) => Promise<number>, env: NodeJS.ProcessEnv): Promise<RunningConsole> {
  const servers: StaticServer[] = [];
  try {
    const served = [];
    for (const remote of REMOTES) {
      const server = await startStaticServer({ root: join(root, remote.folder, 'dist'), port: await remotePort(remote.name, remote.port), cors: true });
      servers.push(server);
      served.push({ name: remote.name, entry: `${server.url}/mf-manifest.json`, directorates: remote.directorates, ...(remote.capability ? { capability: remote.capability } : {}), path: remote.path, title: remote.title });
    }
    const remotes = env.CONSOLE_REMOTES ? (JSON.parse(env.CONSOLE_REMOTES) as unknown[]) : served;
    const shell = await startStaticServer({ root: join(root, 'apps', 'console', 'dist'), port: consolePort, spa: true, documents: { '/console-config.json': { gatewayUrl, remotes, ...(env.CONSOLE_HOSTING?.trim() ? { hosting: env.CONSOLE_HOSTING.trim() } : {}), ...(env.SEED_DEMO === 'false' ? {} : { demoEmail: ACCOUNTS[0]!.email }) } } });
    servers.push(shell);
    return {
      url: shell.url,
      remotes: served.map((r) => ({ name: r.name, url: r.entry })),
      stop: async () => {
        await Promise.all(servers.map((s) => s.stop()));
      },
    };
  } catch (error) {
    await Promise.all(servers.map((s) => s.stop()));
    throw error;
  }
}
