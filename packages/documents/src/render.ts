import PDFDocument from 'pdfkit';
import { MARIANNE_FONTS } from './identity.js';
import { font, GREY, MARGIN } from './layout.js';

export interface RenderOptions {
  /** The document's title, in its info dictionary and in the viewer's title bar. */
  title: string;
}

/** Makes a PDF in French with the Marianne faces registered, `build` drawing its pages, numbered at their foot. */
export function render(build: (doc: PDFKit.PDFDocument) => void, options: RenderOptions): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, bufferPages: true, info: { Title: options.title, Author: 'Qualipref', Producer: 'Qualipref' }, lang: 'fr-FR', displayTitle: true });
  for (const [name, file] of Object.entries(MARIANNE_FONTS)) doc.registerFont(name, file);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  build(doc);
  // As the seed's pages do: « .../... » at the foot of every page that continues, and its number.
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const foot = doc.page.height - MARGIN + 18;
    doc.page.margins.bottom = 0;
    font(doc, 'Marianne', 8).fillColor(GREY);
    if (count > 1) doc.text(`${i - start + 1}/${count}`, MARGIN, foot, { width: doc.page.width - 2 * MARGIN, align: 'center', lineBreak: false });
    if (i < start + count - 1) doc.text('.../...', MARGIN, foot, { width: doc.page.width - 2 * MARGIN, align: 'right', lineBreak: false });
    doc.fillColor('black');
  }
  doc.end();
  return done;
}
