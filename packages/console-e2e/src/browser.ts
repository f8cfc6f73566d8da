import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { DEMO_PASSWORD } from '@qualipref/demo-fixtures';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium), never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export interface Browser {
  context: BrowserContext;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Headless Chromium with a fresh profile, quiet (no updates, sync or background traffic), on the
 * clocks of Paris unless told another time zone.
 */
export async function launchBrowser({ timezoneId = 'Europe/Paris' }: { timezoneId?: string } = {}): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), 'qp-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'fr-FR',
    timezoneId,
    viewport: { width: 1280, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  // The machine is shared and may be slow: waits are generous, nothing asserts a duration.
  context.setDefaultTimeout(60_000);
  context.setDefaultNavigationTimeout(90_000);
  return {
    context,
    newPage: () => context.newPage(),
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Signs a demo account in on the console's sign-in page, until its dashboard shows. */
export async function signInOnConsole(page: Page, consoleUrl: string, email: string): Promise<Page> {
  await page.goto(consoleUrl);
  await page.getByLabel('Adresse électronique professionnelle').fill(email);
  await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('heading', { name: 'Tableau de bord', level: 1 }).waitFor();
  return page;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * The places where the headings' outline skips a level going down (an h3 right after an h1, say:
 * RGAA 9.1), as « h1 Title → h3 Other »; none on a page whose headings nest.
 */
export async function headingJumps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const headings = Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6')).filter((h) => (h as HTMLElement).offsetParent !== null || h.getClientRects().length > 0);
    const jumps: string[] = [];
    headings.forEach((heading, i) => {
      const previous = headings[i - 1];
      const level = Number(heading.tagName[1]);
      const before = previous ? Number(previous.tagName[1]) : 0;
      if (level > before + 1) jumps.push(`${previous ? `${previous.tagName.toLowerCase()} ${previous.textContent?.trim()}` : 'début'} → ${heading.tagName.toLowerCase()} ${heading.textContent?.trim()}`);
    });
    return jumps;
  });
}

/** axe-core in the page (WCAG 2.1 A and AA rules): the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
