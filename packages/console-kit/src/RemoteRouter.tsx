import type { ReactNode } from 'react';
import { Router, createPath, type Navigator, type To } from 'react-router';
import type { RemoteLocation, RemoteModuleProps } from './contract.js';
import { TenantTimeZone } from './tenant-time.js';

/**
 * The router of a remote: its routes below `basePath`, on the location the shell gives, and its
 * links and redirects carried out by the shell's router. The remote bundles only the parts of
 * react-router it uses instead of sharing the whole library. Below it, dates and times are those
 * of the viewed tenant.
 */
export function RemoteRouter({ basePath, location, navigate, timeZone, children }: Pick<RemoteModuleProps, 'basePath' | 'location' | 'navigate' | 'timeZone'> & { children: ReactNode }) {
  const navigator: Navigator = {
    createHref: (to: To) => (typeof to === 'string' ? to : createPath(to)),
    push: (to: To, state?: unknown) => navigate(typeof to === 'string' ? to : createPath(to), { state }),
    replace: (to: To, state?: unknown) => navigate(typeof to === 'string' ? to : createPath(to), { replace: true, state }),
    go: (delta: number) => window.history.go(delta),
  };
  return (
    <Router basename={basePath || '/'} location={location as RemoteLocation & { state: unknown; key: string }} navigator={navigator}>
      <TenantTimeZone timeZone={timeZone}>{children}</TenantTimeZone>
    </Router>
  );
}
