#!/usr/bin/env node
// Build-tool wrapper behind the root npm scripts. It must run on whatever Node the machine
// has (even an end-of-life one), so it uses only Node's built-ins and plain JavaScript.
// When the system Node is older than the platform's, it fetches the pinned Node and pnpm
// from the npm registry into .toolchain/ (ignored), then runs everything with them first on
// the PATH.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const NODE_VERSION = '24.21.0';
const PNPM_VERSION = '12.4.2';
const MIN_NODE_MAJOR = 24;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const toolDir = join(root, '.toolchain');
const toolBin = join(toolDir, 'node_modules', '.bin');

function log(message) {
  process.stderr.write(`[qualipref] ${message}\n`);
}

function run(command, args, env, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env, cwd: root, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function commandVersion(command, env) {
  const result = spawnSync(command, ['--version'], { env, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim().replace(/^v/, '') : null;
}

function ensureToolchain() {
  const systemMajor = Number(process.versions.node.split('.')[0]);
  const needNode = systemMajor < MIN_NODE_MAJOR;
  const env = { ...process.env };
  const wanted = needNode ? [`node@${NODE_VERSION}`, `pnpm@${PNPM_VERSION}`] : [`pnpm@${PNPM_VERSION}`];
  const stamp = join(toolDir, 'installed.txt');
  const haveStamp = existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted.join(' ');
  if (!haveStamp) {
    log(`fetching ${wanted.join(', ')} into .toolchain/ (system Node ${process.versions.node})`);
    mkdirSync(toolDir, { recursive: true });
    writeFileSync(join(toolDir, 'package.json'), '{"private":true}\n');
    // The node package's own preinstall script picks the platform binary: it must run here.
    const status = run('npm', ['install', '--prefix', toolDir, '--save-exact', '--no-audit', '--no-fund', '--ignore-scripts=false', ...wanted], env);
    if (status !== 0) throw new Error('could not install the pinned toolchain');
    writeFileSync(stamp, wanted.join(' '));
  }
  env.PATH = `${toolBin}${process.platform === 'win32' ? ';' : ':'}${env.PATH ?? ''}`;
  const nodeVersion = commandVersion('node', env);
  const pnpmVersion = commandVersion('pnpm', env);
  if (!nodeVersion || Number(nodeVersion.split('.')[0]) < MIN_NODE_MAJOR) throw new Error(`Node ${nodeVersion} on the PATH, need ${MIN_NODE_MAJOR}+`);
  if (pnpmVersion !== PNPM_VERSION) throw new Error(`pnpm ${pnpmVersion} on the PATH, need ${PNPM_VERSION}`);
  return env;
}

// Installs dependencies when the lockfile or a manifest changed since the last install.
function ensureDependencies(env) {
  const manifests = ['pnpm-lock.yaml', 'pnpm-workspace.yaml', 'package.json'];
  for (const group of ['packages', 'services', 'apps', 'infra']) {
    const dir = join(root, group);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const manifest = join(group, name, 'package.json');
      if (existsSync(join(root, manifest))) manifests.push(manifest);
    }
  }
  const hash = createHash('sha256');
  for (const file of manifests) if (existsSync(join(root, file))) hash.update(file).update(readFileSync(join(root, file)));
  const digest = hash.digest('hex');
  const stamp = join(root, 'node_modules', '.qualipref-install');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return;
  const frozen = process.env.CI ? ['--frozen-lockfile'] : [];
  if (run('pnpm', ['install', ...frozen], env) !== 0) throw new Error('pnpm install failed');
  writeFileSync(stamp, digest);
}

// The long-running last step gets the signals (Ctrl-C, a supervisor's SIGTERM) so that it
// can stop its children cleanly; this wrapper then exits with its status.
function handOver(command, args, env) {
  const child = spawn(command, args, { stdio: 'inherit', env, cwd: root });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function main() {
  const [task = 'test', ...rest] = process.argv.slice(2);
  const env = ensureToolchain();
  ensureDependencies(env);
  const scripts = {
    start: ['turbo', 'run', 'build', '--output-logs=errors-only'],
    test: ['turbo', 'run', 'build', '--output-logs=errors-only'],
    bench: ['turbo', 'run', 'build', '--output-logs=errors-only'],
  };
  if (!(task in scripts)) process.exit(run('pnpm', [task, ...rest], env));
  const buildStatus = run('pnpm', scripts[task], env);
  if (buildStatus !== 0) process.exit(buildStatus);
  const entry = { start: 'infra/launcher/dist/main.js', bench: 'infra/bench/dist/main.js', test: 'infra/toolchain/test.mjs' }[task];
  handOver('node', [entry, ...rest], env);
}

main();
