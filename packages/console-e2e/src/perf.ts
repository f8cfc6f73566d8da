// The console's performance on this machine, in headless Chromium against the whole platform:
// the JavaScript the shell ships before its first paint and until the dashboard is interactive
// (gzip, as served), each remote's JavaScript, and the dashboard's time to interactive.
// `pnpm --filter @qualipref/console-e2e perf` after a build; exits 1 when the shell's initial
// JavaScript (what it ships before its first paint) reaches the 200 kB budget.
import { REMOTES } from '@qualipref/console-kit/federation';
import { DEMO_PASSWORD, DIRECTORATES, TENANTS } from '@qualipref/demo-fixtures';
import { graphqlData } from '@qualipref/test-kit';
import type { Page } from 'playwright-core';
import { launchBrowser } from './browser.js';
import { startConsolePlatform } from './platform.js';

const BUDGET_KB = 200;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const write = (line: string) => process.stdout.write(`${line}\n`);

interface Script {
  origin: string;
  size: number;
  end: number;
}

/** Scripts fetched by the page so far, with their transferred (gzip) size. */
const scripts = (page: Page) =>
  page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((e) => e.initiatorType === 'script' || e.name.endsWith('.js'))
      .map((e) => ({ origin: new URL(e.name).origin, size: e.encodedBodySize, end: e.responseEnd })),
  ) as Promise<Script[]>;

const sum = (list: Script[]) => list.reduce((total, s) => total + s.size, 0);

async function main() {
  const platform = await startConsolePlatform();
  const browser = await launchBrowser();
  let failed = false;
  try {
    const { signIn: payload } = await graphqlData<{ signIn: { token: string; expiresAt: string; refreshToken: string; refreshExpiresAt: string } }>(
      platform.gatewayUrl,
      'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { token expiresAt refreshToken refreshExpiresAt } }',
      { email: 'metz.analyst@demo.qualipref.test', password: DEMO_PASSWORD },
    );
    // The session as the sign-in page stores it.
    const signIn = { ...payload, id: 'perf' };
    const page = await browser.newPage();
    // Signed in already (as after the sign-in page), and long tasks recorded from the start.
    await page.addInitScript((session) => {
      window.sessionStorage.setItem('qualipref.session', session);
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longTasks.push(entry.startTime + entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    }, JSON.stringify(signIn));
    await page.goto(platform.consoleUrl);
    await page.locator('[data-testid="dashboard-table"] tbody tr').first().waitFor();
    const rendered = await page.evaluate(() => performance.now());
    // Interactive once the main thread has had no long task for two seconds after the render.
    let lastLongTask = 0;
    for (;;) {
      await page.waitForTimeout(2000);
      const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
      const last = Math.max(0, ...tasks);
      if (last === lastLongTask) break;
      lastLongTask = last;
    }
    const firstPaint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? performance.getEntriesByName('first-paint')[0]?.startTime ?? 0);
    const shellOrigin = new URL(platform.consoleUrl).origin;
    const loaded = (await scripts(page)).filter((s) => s.origin === shellOrigin);
    const beforePaint = sum(loaded.filter((s) => s.end <= firstPaint));
    const initial = sum(loaded);
    const tti = Math.max(rendered, lastLongTask);

    write('Console performance (headless Chromium, this machine, cold cache)');
    const dsfrStarted = await page.evaluate(() => 'dsfr' in window);
    write(`  shell JavaScript before first paint (${firstPaint.toFixed(0)} ms): ${kb(beforePaint)} gzip (budget ${BUDGET_KB} kB)`);
    write(`  shell JavaScript until the dashboard is interactive: ${kb(initial)} gzip in ${loaded.length} files${dsfrStarted ? ', DSFR script included' : ''}`);
    write(`  dashboard rendered with its data: ${rendered.toFixed(0)} ms; time to interactive: ${tti.toFixed(0)} ms`);

    for (const [name, server] of platform.remotes) {
      const remote = REMOTES.find((r) => r.name === name)!;
      // The analyst views a tenant that has the module's directorate (the sous-préfectures' is not Metz's).
      const tenant = TENANTS[DIRECTORATES.find((d) => remote.directorates.includes(d.code))!.tenant].id;
      const remotePage = await browser.newPage();
      await remotePage.addInitScript(
        ([session, viewed]) => {
          window.sessionStorage.setItem('qualipref.session', session!);
          window.sessionStorage.setItem('qualipref.tenant', viewed!);
        },
        [JSON.stringify(signIn), tenant],
      );
      await remotePage.goto(`${platform.consoleUrl}/modules/${remote.path}`);
      await remotePage.locator('main h2').first().waitFor();
      const own = (await scripts(remotePage)).filter((s) => s.origin === new URL(server.url).origin);
      write(`  remote ${name}: ${kb(sum(own))} gzip in ${own.length} files (its first page, shared libraries come from the shell)`);
      await remotePage.close();
    }
    if (!dsfrStarted) {
      write('  the DSFR script did not start');
      failed = true;
    }
    if (beforePaint >= BUDGET_KB * 1024) {
      write(`  OVER BUDGET: the shell's initial JavaScript must stay under ${BUDGET_KB} kB gzip`);
      failed = true;
    }
  } finally {
    await browser.close();
    await platform.stop();
  }
  process.exit(failed ? 1 : 0);
}

await main();
