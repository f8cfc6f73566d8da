import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseOptions, type ICruiseResult } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';
import { BOUNDARIES } from '../src/rules.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/**
 * ESM TypeScript imports `./x.js` for `./x.ts`: enhanced-resolve's `extensionAlias`, which
 * dependency-cruiser passes on but does not declare. Workspaces imported by name resolve through
 * their links to their real folders.
 */
const RESOLUTION = { extensionAlias: { '.js': ['.ts', '.tsx', '.js'] }, exportsFields: ['exports'], conditionNames: ['types', 'import', 'default'] } as ICruiseOptions['enhancedResolveOptions'];

/** Every import of the given folders (sources and tests) under `base`, judged by the boundaries. */
async function violations(folders: string[], base = root) {
  const previous = process.cwd();
  // dependency-cruiser reports and matches paths relative to the working directory.
  process.chdir(base);
  try {
    const result = await cruise(folders, {
      validate: true,
      ruleSet: { forbidden: BOUNDARIES },
      doNotFollow: { path: 'node_modules' },
      exclude: { path: '(^|/)(dist|node_modules|test-output|src/generated)/' },
      tsPreCompilationDeps: true,
      moduleSystems: ['es6', 'cjs'],
      enhancedResolveOptions: RESOLUTION,
    });
    const output = result.output as ICruiseResult;
    return { modules: output.modules.length, violations: output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`) };
  } finally {
    process.chdir(previous);
  }
}

describe('the monorepo’s boundaries', () => {
  it('hold in every service, package, app and infra workspace, tests included', async () => {
    const found = await violations(['services', 'packages', 'apps', 'infra']);
    expect(found.modules, 'modules cruised').toBeGreaterThan(300);
    expect(found.violations).toEqual([]);
  }, 180_000);

  it('catch each kind of crossing, on a small tree laid out like the repository', async () => {
    const found = await violations(['services', 'packages', 'apps'], fileURLToPath(new URL('fixtures/', import.meta.url)));
    expect(found.violations.sort()).toEqual([
      'app-imports-app: apps/kiosk/src/index.ts → apps/console/src/index.ts',
      'app-imports-service: apps/kiosk/src/index.ts → services/surveys/src/index.ts',
      'package-imports-service-or-app: packages/kit/src/uses-app.ts → apps/console/src/index.ts',
      'service-imports-service: services/committees/src/index.ts → services/surveys/src/index.ts',
    ]);
  }, 60_000);
});
