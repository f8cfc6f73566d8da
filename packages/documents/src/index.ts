/// <reference types="pdfkit" preserve="true" />
// The API draws on pdfkit's documents: their types come with these declarations.

export { dateFr, timeFr } from './dates.js';
export type { MarianneFont } from './identity.js';
export { BLUE, font, GREY, MARGIN, RED, scaleOf, type PageSize } from './layout.js';
export { letterhead, type Letterhead } from './letterhead.js';
export { render, type RenderOptions } from './render.js';
