import PDFDocument from 'pdfkit';
import { Attendance, MinutesStatus } from '../domain/enums.js';
import { blocMarque, MARIANNE_FONTS, type Drawing, type MarianneFont } from './identity.js';

/**
 * The préfecture's layout, as the seed's relevé de conclusions prints it: on the left the
 * bloc-marque (Marianne, « RÉPUBLIQUE FRANÇAISE », the devise) and the State's block
 * (« PRÉFET DE LA MOSELLE »), then the site, the directorate and the service running the matter;
 * on the right the place and date; then the title and « Affaire suivie par ».
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

const MARGIN = 56;
const LEFT_COLUMN = 230;
const BLUE = '#000091';
const RED = '#e1000f';
const GREY = '#3a3a3a';

/** « 1er décembre 2026 », « 23 novembre 2015 », on the tenant's clock. */
export function dateFr(date: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone }).formatToParts(date);
  return parts.map((p) => (p.type === 'day' && p.value === '1' ? '1er' : p.value)).join('');
}

export function timeFr(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit', timeZone }).format(date).replace(':', ' h ');
}

function render(build: (doc: PDFKit.PDFDocument) => void, title: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, bufferPages: true, info: { Title: title, Author: 'Qualipref', Producer: 'Qualipref' }, lang: 'fr-FR', displayTitle: true });
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

const font = (doc: PDFKit.PDFDocument, name: MarianneFont, size: number) => doc.font(name).fontSize(size);

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
function drawBlocMarque(doc: PDFKit.PDFDocument, x: number, y: number): number {
  const { marianne, devise } = blocMarque();
  // The DSFR's proportions (its header's logo, in CSS pixels for a 16.8 px text), scaled to the 12.5 pt text.
  const TEXT = 12.5;
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
  return deviseTop + 30 * px + 16;
}

function letterhead(doc: PDFKit.PDFDocument, head: Letterhead): void {
  const right = doc.page.width - MARGIN;
  let y = drawBlocMarque(doc, MARGIN, MARGIN);
  const [authority, ...beneath] = head.stateBlock ?? [head.tenant.toLocaleUpperCase('fr-FR')];
  font(doc, 'Marianne-Bold', 10).fillColor('black').text(authority!, MARGIN, y, { width: LEFT_COLUMN });
  for (const line of beneath) font(doc, 'Marianne', 9.5).text(line, { width: LEFT_COLUMN });
  const below = doc.y;
  const dateLine = `${head.place.toLocaleUpperCase('fr-FR')}, le ${dateFr(head.date, head.timeZone)}`;
  font(doc, 'Marianne', 9.5).text(dateLine, MARGIN + LEFT_COLUMN, y, { width: right - MARGIN - LEFT_COLUMN, align: 'right' });
  y = Math.max(doc.y, below) + 14;
  doc.x = MARGIN;
  doc.y = y;
  if (head.site) font(doc, 'Marianne-Bold', 8.5).fillColor(GREY).text(head.site, { width: LEFT_COLUMN }).moveDown(0.6);
  font(doc, 'Marianne-Bold', 8.5).fillColor(GREY).text(head.directorate, { width: 190 });
  if (head.service) font(doc, 'Marianne', 8.5).moveDown(0.6).text(head.service, { width: 190 });
  doc.fillColor('black').moveDown(1.6);
}

export interface MinutesDocument {
  head: Letterhead;
  title: string;
  version: number;
  status: MinutesStatus;
  validatedAt: Date | null;
  publishedAt: Date | null;
  updatedAt: Date;
  caseOfficers: string | null;
  caseOfficerContacts: string | null;
  introduction: string | null;
  sections: { position: number; title: string; presentation: string; conclusions: string }[];
  closing: string | null;
  signatoryName: string | null;
  signatoryTitle: string | null;
}

/** Every version says which it is and how far it went: « Version 2 publiée le 1er décembre 2026 ». */
export function versionMark(m: Pick<MinutesDocument, 'version' | 'status' | 'validatedAt' | 'publishedAt' | 'updatedAt'>, timeZone: string): string {
  const on = (date: Date | null) => dateFr(date ?? m.updatedAt, timeZone);
  switch (m.status) {
    case MinutesStatus.PUBLISHED:
      return `Version ${m.version} publiée le ${on(m.publishedAt)}`;
    case MinutesStatus.SUPERSEDED:
      return `Version ${m.version} publiée le ${on(m.publishedAt)}, remplacée par une version ultérieure`;
    case MinutesStatus.VALIDATED:
      return `Version ${m.version} validée le ${on(m.validatedAt)}, non publiée`;
    case MinutesStatus.DRAFT:
      return `Version ${m.version} : projet du ${on(m.updatedAt)}`;
  }
}

/** C5: the relevé de conclusions as the préfecture prints it. */
export function minutesPdf(minutes: MinutesDocument): Promise<Buffer> {
  return render((doc) => {
    const width = doc.page.width - 2 * MARGIN;
    letterhead(doc, minutes.head);
    font(doc, 'Marianne-Bold', 12).text(minutes.title, MARGIN, doc.y, { width: width * 0.8 });
    const published = minutes.status === MinutesStatus.PUBLISHED;
    font(doc, 'Marianne-Italic', 8.5).fillColor(published ? GREY : RED).moveDown(0.4).text(versionMark(minutes, minutes.head.timeZone)).fillColor('black');
    if (minutes.caseOfficers) {
      font(doc, 'Marianne', 8.5).moveDown(0.8).text(`Affaire suivie par ${minutes.caseOfficers}`);
      for (const line of (minutes.caseOfficerContacts ?? '').split('\n').filter((l) => l.trim())) doc.text(line.trim());
    }
    doc.moveDown(1.5);
    const paragraph = (text: string, face: MarianneFont = 'Marianne') => font(doc, face, 10).text(text, MARGIN, doc.y, { width, align: 'justify', lineGap: 1.5 });
    if (minutes.introduction) paragraph(minutes.introduction).moveDown();
    for (const section of minutes.sections) {
      font(doc, 'Marianne-Bold', 10).text(`${section.position}. ${section.title}`, MARGIN, doc.y, { width }).moveDown(0.4);
      if (section.presentation) paragraph(section.presentation).moveDown(0.4);
      if (section.conclusions) paragraph(section.conclusions, 'Marianne-Italic');
      doc.moveDown();
    }
    if (minutes.closing) paragraph(minutes.closing).moveDown(2);
    if (minutes.signatoryTitle) font(doc, 'Marianne', 10).text(minutes.signatoryTitle, MARGIN + width / 2, doc.y, { width: width / 2, align: 'center' });
    if (minutes.signatoryName) font(doc, 'Marianne-Bold', 10).moveDown(2).text(minutes.signatoryName, MARGIN + width / 2, doc.y, { width: width / 2, align: 'center' });
  }, minutes.title);
}

export interface AttendanceDocument {
  head: Letterhead;
  committee: string;
  meeting: string;
  scheduledAt: Date;
  place: string;
  rows: { name: string; organisation: string; attendance: Attendance; representedBy: string | null; signed: boolean }[];
}

const ATTENDANCE_FR: Record<Attendance, string> = {
  [Attendance.PENDING]: '',
  [Attendance.PRESENT]: 'Présent',
  [Attendance.EXCUSED]: 'Excusé',
  [Attendance.ABSENT]: 'Absent',
  [Attendance.REPRESENTED]: 'Représenté',
};

/** C4: the fiche de présence, printable before the meeting (empty visa column) and after; each row as tall as its content. */
export function attendanceSheetPdf(sheet: AttendanceDocument): Promise<Buffer> {
  return render((doc) => {
    const width = doc.page.width - 2 * MARGIN;
    letterhead(doc, sheet.head);
    font(doc, 'Marianne-Bold', 12).text('Fiche de présence', MARGIN, doc.y, { width });
    font(doc, 'Marianne-Bold', 10).moveDown(0.3).text(sheet.committee, { width });
    font(doc, 'Marianne', 10).text(`${sheet.meeting}, le ${dateFr(sheet.scheduledAt, sheet.head.timeZone)} à ${timeFr(sheet.scheduledAt, sheet.head.timeZone)}, ${sheet.place}`, { width }).moveDown();
    const columns = [
      { title: 'Nom', width: 140 },
      { title: 'Organisme / service', width: 170 },
      { title: 'Présence', width: 90 },
      { title: 'Visa', width: width - 400 },
    ];
    const PAD = 5;
    const SIZE = 9;
    const drawRow = (cells: string[], bold: boolean) => {
      const face: MarianneFont = bold ? 'Marianne-Bold' : 'Marianne';
      font(doc, face, SIZE);
      const height = Math.max(26, ...cells.map((cell, i) => doc.heightOfString(cell, { width: columns[i]!.width - 2 * PAD }) + 2 * PAD));
      if (doc.y + height > doc.page.height - MARGIN) {
        doc.addPage();
        if (!bold) drawRow(columns.map((c) => c.title), true);
      }
      const y = doc.y;
      let x = MARGIN;
      cells.forEach((cell, i) => {
        const cellWidth = columns[i]!.width;
        doc.lineWidth(0.5).rect(x, y, cellWidth, height).stroke();
        font(doc, face, SIZE).text(cell, x + PAD, y + PAD, { width: cellWidth - 2 * PAD });
        x += cellWidth;
      });
      doc.x = MARGIN;
      doc.y = y + height;
    };
    drawRow(columns.map((c) => c.title), true);
    for (const row of sheet.rows) {
      const presence = row.attendance === Attendance.REPRESENTED && row.representedBy ? `Représenté par ${row.representedBy}` : ATTENDANCE_FR[row.attendance];
      drawRow([row.name, row.organisation, presence, row.signed ? 'Signé' : ''], false);
    }
  }, `Fiche de présence : ${sheet.meeting}`);
}
