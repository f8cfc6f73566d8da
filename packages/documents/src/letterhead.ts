import { dateFr } from './dates.js';
import { blocMarque, type Drawing } from './identity.js';
import { BLUE, font, GREY, MARGIN, RED, scaleOf } from './layout.js';

/**
 * The préfecture's letterhead, as the seed's relevé de conclusions prints it: on the left the
 * bloc-marque (Marianne, « RÉPUBLIQUE FRANÇAISE », the devise) and the State's block
 * (« PRÉFET DE LA MOSELLE »), then the site, the directorate and the service running the matter;
 * on the right the place and date.
 */
export interface Letterhead {
  /** The State's block, e.g. « PRÉFET DE LA MOSELLE », and for a sous-préfecture its name beneath; null when not recorded. */
  stateBlock: string[] | null;
  /** The tenant's name, printed in capitals in place of the State's block when that is not recorded. */
  tenant: string;
  /** « Préfecture » for the préfecture itself (a sous-préfecture's name is in its State's block). */
  site: string | null;
  directorate: string;
  /** The service running the matter, e.g. « Mission d'appui au changement et au pilotage de la performance ». */
  service: string | null;
  place: string;
  date: Date;
  /** The tenant's IANA time zone: dates are printed on its clock. */
  timeZone: string;
}

const LEFT_COLUMN = 230;

function draw(doc: PDFKit.PDFDocument, drawing: Drawing, x: number, y: number, scale: number, color: string): void {
  for (const shape of drawing.shapes) {
    doc.save();
    doc.translate(x, y).scale(scale);
    doc.transform(...shape.matrix);
    doc.path(shape.d).fill(color);
    doc.restore();
  }
}

/**
 * The bloc-marque as the State's identity sets it: the Marianne over her blue and red
 * rectangle, « RÉPUBLIQUE FRANÇAISE » on two lines in Marianne bold capitals, the devise
 * beneath. Returns the y below it.
 */
function drawBlocMarque(doc: PDFKit.PDFDocument, x: number, y: number, scale: number): number {
  const { marianne, devise } = blocMarque();
  // The DSFR's proportions (its header's logo, in CSS pixels for a 16.8 px text), scaled to the 12.5 pt text of A4.
  const TEXT = 12.5 * scale;
  const px = TEXT / 16.8;
  const width = 44 * px;
  const height = 16 * px;
  doc.save();
  doc.rect(x, y, width / 2, height).fill(BLUE);
  doc.rect(x + width / 2, y, width / 2, height).fill(RED);
  doc.rect(x, y, width, height).clip();
  // The profile's drawing is 18 units high, set one unit above the rectangle.
  draw(doc, marianne, x, y - px, px, '#ffffff');
  doc.restore();
  let bottom = y + height + 5.3 * px;
  font(doc, 'Marianne-Bold', TEXT).fillColor('black');
  for (const line of ['RÉPUBLIQUE', 'FRANÇAISE']) {
    doc.text(line, x - 0.1 * TEXT * 0.1, bottom, { lineBreak: false, characterSpacing: -0.01 * TEXT });
    bottom += 1.0317 * TEXT;
  }
  // The devise's sheet is drawn at a third of its units (42 × 30 px for its 126 × 90).
  const deviseTop = bottom + 4 * px;
  draw(doc, devise, x, deviseTop, px / 3, 'black');
  return deviseTop + 30 * px + 16 * scale;
}

/** Draws the letterhead at the top of the current page, in proportion to it, and leaves the cursor below it at the left margin. */
export function letterhead(doc: PDFKit.PDFDocument, head: Letterhead): void {
  const s = scaleOf(doc);
  const margin = MARGIN * s;
  const column = LEFT_COLUMN * s;
  const right = doc.page.width - margin;
  let y = drawBlocMarque(doc, margin, margin, s);
  const [authority, ...beneath] = head.stateBlock ?? [head.tenant.toLocaleUpperCase('fr-FR')];
  font(doc, 'Marianne-Bold', 10 * s).fillColor('black').text(authority!, margin, y, { width: column });
  for (const line of beneath) font(doc, 'Marianne', 9.5 * s).text(line, { width: column });
  const below = doc.y;
  const dateLine = `${head.place.toLocaleUpperCase('fr-FR')}, le ${dateFr(head.date, head.timeZone)}`;
  font(doc, 'Marianne', 9.5 * s).text(dateLine, margin + column, y, { width: right - margin - column, align: 'right' });
  y = Math.max(doc.y, below) + 14 * s;
  doc.x = margin;
  doc.y = y;
  if (head.site) font(doc, 'Marianne-Bold', 8.5 * s).fillColor(GREY).text(head.site, { width: column }).moveDown(0.6);
  font(doc, 'Marianne-Bold', 8.5 * s).fillColor(GREY).text(head.directorate, { width: 190 * s });
  if (head.service) font(doc, 'Marianne', 8.5 * s).moveDown(0.6).text(head.service, { width: 190 * s });
  doc.fillColor('black').moveDown(1.6);
}
