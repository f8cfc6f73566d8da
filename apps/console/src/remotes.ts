import { loadRemote, registerRemotes } from '@module-federation/enhanced/runtime';
import type { RemoteEntry, RemoteModuleProps } from '@qualipref/console-kit';
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

type RemoteComponent = LazyExoticComponent<ComponentType<RemoteModuleProps>>;

/** Thrown when a remote cannot be fetched (server down, wrong URL) or exposes no module. */
export class RemoteLoadError extends Error {
  constructor(readonly remote: string, cause?: unknown) {
    super(`Le module ${remote} n’a pas pu être chargé.`, { cause });
  }
}

export function registerConsoleRemotes(remotes: RemoteEntry[]): void {
  registerRemotes(remotes.map((r) => ({ name: r.name, entry: r.entry })));
}

const loaded = new Map<string, RemoteComponent>();

/** The remote's module as a lazy component: fetched on first display only. */
export function remoteComponent(name: string): RemoteComponent {
  let component = loaded.get(name);
  if (!component) {
    component = lazy(async () => {
      const module = await loadRemote<{ default: ComponentType<RemoteModuleProps> }>(`${name}/Module`).catch((error: unknown) => {
        throw new RemoteLoadError(name, error);
      });
      if (!module?.default) throw new RemoteLoadError(name);
      return module;
    });
    loaded.set(name, component);
  }
  return component;
}

/** Forgets a failed load so that « Réessayer » fetches the remote again. */
export function forgetRemote(name: string): void {
  loaded.delete(name);
}
