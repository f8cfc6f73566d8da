import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { dateFr, font, letterhead, render, timeFr, type Letterhead } from '../src/index.js';

const head: Letterhead = {
  stateBlock: ['PRÉFET DE LA MOSELLE'],
  tenant: 'Préfecture de la Moselle',
  site: 'Préfecture',
  directorate: 'Direction des ressources et des moyens mutualisés',
  service: "Mission d'appui au changement et au pilotage de la performance",
  place: 'Metz',
  date: new Date('2026-12-01T09:00:00Z'),
  timeZone: 'Europe/Paris',
};

/** The PDF's text, whitespace collapsed, its info dictionary and its raw bytes. */
async function read(bytes: Buffer) {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: true });
  const { info } = await getMeta(pdf);
  return { text: text.replace(/\s+/g, ' '), info, raw: bytes.toString('latin1') };
}

/** Where the first page's text sits: its left edge and its distance from the top of the page, and its size, in points. */
async function placements(bytes: Buffer) {
  const page = await (await getDocumentProxy(new Uint8Array(bytes))).getPage(1);
  const { items } = await page.getTextContent();
  return items.flatMap((item) => ('str' in item && item.str.trim() ? [{ text: item.str, x: item.transform[4] as number, top: page.view[3]! - (item.transform[5] as number), size: item.transform[3] as number }] : []));
}

describe('render', () => {
  it('prints the letterhead on an A4 page in French, the Marianne typeface embedded', async () => {
    const { text, info, raw } = await read(await render((doc) => letterhead(doc, head), { title: 'Charte d’accueil' }));
    expect(raw).toContain('/MediaBox [0 0 595.28 841.89]');
    for (const expected of ['RÉPUBLIQUE FRANÇAISE', 'PRÉFET DE LA MOSELLE', 'METZ, le 1er décembre 2026', 'Préfecture', head.directorate, head.service!]) expect(text).toContain(expected);
    expect(info).toMatchObject({ Title: 'Charte d’accueil', Author: 'Qualipref', Language: 'fr-FR' });
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+Marianne-Bold/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+Marianne-Regular/);
    expect(raw).toContain('/FontFile');
    expect(raw).not.toContain('Helvetica');
  });

  it('prints an A3 page with the same letterhead and page numbers, every length grown in proportion', async () => {
    const twoPages = (doc: PDFKit.PDFDocument) => {
      letterhead(doc, head);
      doc.addPage();
    };
    const a3 = await render(twoPages, { title: 'Affiche A3', size: 'A3' });
    expect(a3.toString('latin1')).toContain('/MediaBox [0 0 841.89 1190.55]');
    expect((await read(a3)).text).toContain('RÉPUBLIQUE FRANÇAISE PRÉFET DE LA MOSELLE METZ, le 1er décembre 2026');
    const onA4 = await placements(await render(twoPages, { title: 'Affiche A4' }));
    const onA3 = await placements(a3);
    expect(onA3.map((p) => p.text)).toEqual(onA4.map((p) => p.text));
    expect(onA4.map((p) => p.text)).toEqual(expect.arrayContaining(['PRÉFET DE LA MOSELLE', '1/2', '.../...']));
    const k = 841.89 / 595.28;
    onA3.forEach((p, i) => {
      const a4 = onA4[i]!;
      expect(p.x).toBeCloseTo(a4.x * k, 0);
      expect(p.top).toBeCloseTo(a4.top * k, 0);
      expect(p.size).toBeCloseTo(a4.size * k, 1);
    });
  });

  it('prints a sous-préfecture beneath the State’s block, and the tenant in capitals when the block is not recorded', async () => {
    const forbach = await read(await render((doc) => letterhead(doc, { ...head, stateBlock: ['PRÉFET DE LA MOSELLE', 'Sous-préfecture de Forbach'], site: null, place: 'Forbach' }), { title: 'Forbach' }));
    expect(forbach.text).toContain('PRÉFET DE LA MOSELLE Sous-préfecture de Forbach');
    expect(forbach.text).toContain('FORBACH, le 1er décembre 2026');
    const unrecorded = await read(await render((doc) => letterhead(doc, { ...head, stateBlock: null }), { title: 'Metz' }));
    expect(unrecorded.text).toContain('PRÉFECTURE DE LA MOSELLE');
  });

  it('numbers the pages n/N with « .../... » on every page that continues, and leaves a single page unnumbered', async () => {
    const three = await read(await render((doc) => {
      letterhead(doc, head);
      font(doc, 'Marianne', 10);
      doc.addPage().text('Suite');
      doc.addPage().text('Fin');
    }, { title: 'Trois pages' }));
    expect(three.text.match(/\d\/3/g)).toEqual(['1/3', '2/3', '3/3']);
    expect(three.text.match(/\.\.\.\/\.\.\./g)).toHaveLength(2);
    const one = await read(await render((doc) => letterhead(doc, head), { title: 'Une page' }));
    expect(one.text).not.toMatch(/1\/1|\.\.\.\/\.\.\./);
  });
});

describe('a fixed date', () => {
  const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
  const pack = (doc: PDFKit.PDFDocument) => {
    letterhead(doc, head);
    font(doc, 'Marianne', 10).text('Pièces du dossier d’audit, engagement par engagement.');
    doc.addPage().text('Annexe');
  };

  it('gives the same bytes twice, on A4 and on A3, dated by it', async () => {
    const date = new Date('2026-12-01T09:00:00Z');
    for (const size of ['A4', 'A3'] as const) {
      const first = await render(pack, { title: 'Dossier d’audit', size, date });
      await sleep(5);
      expect(sha256(await render(pack, { title: 'Dossier d’audit', size, date }))).toBe(sha256(first));
      expect((await read(first)).info).toMatchObject({ CreationDate: 'D:20261201090000Z', ModDate: 'D:20261201090000Z' });
    }
  });

  it('is needed: without it, the creation date and the file ID pdfkit derives from it vary, and nothing else', async () => {
    const first = await render(pack, { title: 'Dossier d’audit' });
    await sleep(5);
    const second = await render(pack, { title: 'Dossier d’audit' });
    expect(sha256(second)).not.toBe(sha256(first));
    const varying = (bytes: Buffer) => bytes.toString('latin1').replace(/\(D:\d{14}Z\)/, '(D:…)').replace(/\/ID \[<[0-9a-f]{32}> <[0-9a-f]{32}>\]/, '/ID […]');
    expect(varying(second)).toBe(varying(first));
    expect((await read(first)).info).not.toHaveProperty('ModDate');
  });
});

describe('French dates', () => {
  it('says « 1er » for the first of the month, on the tenant’s clock', () => {
    expect(dateFr(new Date('2026-12-01T09:00:00Z'), 'Europe/Paris')).toBe('1er décembre 2026');
    expect(dateFr(new Date('2015-11-23T23:30:00Z'), 'Europe/Paris')).toBe('24 novembre 2015');
    expect(timeFr(new Date('2016-12-01T09:00:00Z'), 'Europe/Paris')).toBe('10 h 00');
  });
});
