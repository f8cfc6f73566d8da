import type { MarianneFont } from './identity.js';

export type PageSize = 'A4' | 'A3';

/** pdfkit's page widths, in points. */
export const PAGE_WIDTH: Record<PageSize, number> = { A4: 595.28, A3: 841.89 };

/** The margin of an A4 page, in points: the layout's lengths are set for A4 and grow with the page (`scaleOf`). */
export const MARGIN = 56;
export const BLUE = '#000091';
export const RED = '#e1000f';
export const GREY = '#3a3a3a';

/** How much larger than on A4 the layout is on the document's current page: 1 on A4, about √2 on A3. */
export const scaleOf = (doc: PDFKit.PDFDocument): number => doc.page.width / PAGE_WIDTH.A4;

/** Sets one of the Marianne faces `render` registers, at a size in points. */
export const font = (doc: PDFKit.PDFDocument, name: MarianneFont, size: number): PDFKit.PDFDocument => doc.font(name).fontSize(size);
