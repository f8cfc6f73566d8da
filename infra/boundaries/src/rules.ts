import type { IForbiddenRuleType } from 'dependency-cruiser';

/**
 * The monorepo's boundaries (README, « Layout »): services talk through the supergraph, so none
 * imports another; shared code never depends on what uses it; an app is a deployable of its own.
 * Paths are relative to the repository's root; a workspace imported by its package name is
 * resolved to its real folder, so the rules see through `node_modules` links.
 */
export const BOUNDARIES: IForbiddenRuleType[] = [
  {
    name: 'service-imports-service',
    comment: 'A service never imports another service: they talk through the supergraph.',
    severity: 'error',
    from: { path: '^services/([^/]+)/' },
    to: { path: '^services/', pathNot: '^services/$1/' },
  },
  {
    name: 'package-imports-service-or-app',
    comment: 'packages/ hold what several deployables share: they never import a service or an app.',
    severity: 'error',
    from: { path: '^packages/' },
    to: { path: '^(services|apps)/' },
  },
  {
    name: 'app-imports-service',
    comment: 'Apps reach the services through the gateway only.',
    severity: 'error',
    from: { path: '^apps/' },
    to: { path: '^services/' },
  },
  {
    name: 'app-imports-app',
    comment: 'Each app (the shell, a remote, the kiosk) is deployed alone; what they share lives in packages/.',
    severity: 'error',
    from: { path: '^apps/([^/]+)/' },
    to: { path: '^apps/', pathNot: '^apps/$1/' },
  },
  {
    name: 'infra-imports-service-or-app',
    comment: 'The launcher and the benchmark start the built deployables as processes; they import none.',
    severity: 'error',
    from: { path: '^infra/' },
    to: { path: '^(services|apps)/' },
  },
];
