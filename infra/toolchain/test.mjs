#!/usr/bin/env node
// Runs every workspace's tests through Turborepo, then reads the JSON report that each
// vitest run writes to <workspace>/test-output/vitest.json and prints one closing line,
// "N passed, N failed", computed from those results (a workspace whose run crashed before
// writing its report counts as one failure).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const groups = ['packages', 'services', 'apps', 'infra'];

function workspacesWithTests() {
  const found = [];
  for (const group of groups) {
    const dir = join(root, group);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const manifest = join(dir, name, 'package.json');
      if (!existsSync(manifest)) continue;
      const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
      if (pkg.scripts?.test) found.push({ name: pkg.name, dir: join(dir, name) });
    }
  }
  return found;
}

const workspaces = workspacesWithTests();
for (const ws of workspaces) rmSync(join(ws.dir, 'test-output', 'vitest.json'), { force: true });

const args = ['turbo', 'run', 'test', '--continue', '--concurrency=1', ...process.argv.slice(2)];
const result = spawnSync('pnpm', args, { stdio: 'inherit', cwd: root, env: process.env });

let passed = 0;
let failed = 0;
for (const ws of workspaces) {
  const report = join(ws.dir, 'test-output', 'vitest.json');
  if (!existsSync(report)) {
    process.stderr.write(`[qualipref] ${ws.name}: no test report (its run crashed)\n`);
    failed += 1;
    continue;
  }
  const data = JSON.parse(readFileSync(report, 'utf8'));
  passed += data.numPassedTests ?? 0;
  failed += data.numFailedTests ?? 0;
  // A file that failed to load has no tests counted: count it as a failure.
  for (const file of data.testResults ?? []) {
    if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) failed += 1;
  }
}
const summary = `${passed} passed, ${failed} failed`;
mkdirSync(join(root, 'test-output'), { recursive: true });
writeFileSync(join(root, 'test-output', 'summary.txt'), `${summary}\n`);
process.stdout.write(`${summary}\n`);
process.exit(result.status === 0 && failed === 0 ? 0 : 1);
