import type { MarianneFont } from './identity.js';

/** The page's margin, in points. */
export const MARGIN = 56;
export const BLUE = '#000091';
export const RED = '#e1000f';
export const GREY = '#3a3a3a';

/** Sets one of the Marianne faces `render` registers, at a size in points. */
export const font = (doc: PDFKit.PDFDocument, name: MarianneFont, size: number): PDFKit.PDFDocument => doc.font(name).fontSize(size);
