import PDFDocument from 'pdfkit';
import { MARIANNE_FONTS } from './identity.js';
import { font, GREY, MARGIN, PAGE_WIDTH, type PageSize } from './layout.js';

export interface RenderOptions {
  /** The document's title, in its info dictionary and in the viewer's title bar. */
  title: string;
  /** A4 unless said; on A3 the margins, the letterhead and the page numbers grow in proportion. */
  size?: PageSize;
  /**
   * The document's creation and modification date; given, the same input gives the same bytes
   * (pdfkit's only other varying byte, the file ID, is a digest of the info dictionary).
   */
  date?: Date;
}

/** Makes a PDF in French with the Marianne faces registered, `build` drawing its pages, numbered at their foot. */
export function render(build: (doc: PDFKit.PDFDocument) => void, options: RenderOptions): Promise<Buffer> {
  const size = options.size ?? 'A4';
  const s = PAGE_WIDTH[size] / PAGE_WIDTH.A4;
  const margin = MARGIN * s;
  const doc = new PDFDocument({ size, margin, bufferPages: true, info: { Title: options.title, Author: 'Qualipref', Producer: 'Qualipref', ...(options.date && { CreationDate: options.date, ModDate: options.date }) }, lang: 'fr-FR', displayTitle: true });
  for (const [name, file] of Object.entries(MARIANNE_FONTS)) doc.registerFont(name, file);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  build(doc);
  // As the seed's pages do: « .../... » at the foot of every page that continues, and its number.
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const foot = doc.page.height - margin + 18 * s;
    doc.page.margins.bottom = 0;
    font(doc, 'Marianne', 8 * s).fillColor(GREY);
    if (count > 1) doc.text(`${i - start + 1}/${count}`, margin, foot, { width: doc.page.width - 2 * margin, align: 'center', lineBreak: false });
    if (i < start + count - 1) doc.text('.../...', margin, foot, { width: doc.page.width - 2 * margin, align: 'right', lineBreak: false });
    doc.fillColor('black');
  }
  doc.end();
  return done;
}
