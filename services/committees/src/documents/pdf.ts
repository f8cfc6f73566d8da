import PDFDocument from 'pdfkit';
import { Attendance } from '../domain/enums.js';

/** The prefecture's layout: letterhead on the left, place and date on the right, title, body, signature. */
export interface Letterhead {
  tenant: string;
  directorate: string;
  place: string;
  date: Date;
}

const MARGIN = 56;
const dateFr = (date: Date) => new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' }).format(date);
const timeFr = (date: Date) => new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' }).format(date);

function render(build: (doc: PDFKit.PDFDocument) => void, title: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: title, Author: 'Qualipref', Producer: 'Qualipref' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  build(doc);
  doc.end();
  return done;
}

function letterhead(doc: PDFKit.PDFDocument, head: Letterhead): void {
  const width = doc.page.width - 2 * MARGIN;
  doc.font('Helvetica-Bold').fontSize(9).text('RÉPUBLIQUE FRANÇAISE', MARGIN, MARGIN);
  doc.font('Helvetica-Oblique').fontSize(8).text('Liberté • Égalité • Fraternité');
  doc.moveDown(0.5).font('Helvetica-Bold').fontSize(10).text(head.tenant.toUpperCase(), { width: width / 2 });
  doc.moveDown(0.3).font('Helvetica').fontSize(9).text(head.directorate, { width: width / 2 });
  doc.font('Helvetica').fontSize(9).text(`${head.place}, le ${dateFr(head.date)}`, MARGIN + width / 2, MARGIN, { width: width / 2, align: 'right' });
  doc.x = MARGIN;
  doc.y = Math.max(doc.y, MARGIN + 90);
}

export interface MinutesDocument {
  head: Letterhead;
  title: string;
  version: number;
  status: string;
  caseOfficers: string | null;
  introduction: string | null;
  sections: { position: number; title: string; presentation: string; conclusions: string }[];
  closing: string | null;
  signatoryName: string | null;
  signatoryTitle: string | null;
}

/** C5: the relevé de conclusions as the prefecture prints it. */
export function minutesPdf(minutes: MinutesDocument): Promise<Buffer> {
  return render((doc) => {
    letterhead(doc, minutes.head);
    doc.font('Helvetica-Bold').fontSize(14).text(minutes.title, { align: 'center' });
    if (minutes.status !== 'PUBLISHED') doc.moveDown(0.3).font('Helvetica-Oblique').fontSize(9).fillColor('#a00').text(`Version ${minutes.version} : ${minutes.status === 'DRAFT' ? 'projet' : minutes.status === 'VALIDATED' ? 'validée, non publiée' : 'remplacée par une version ultérieure'}`, { align: 'center' }).fillColor('black');
    doc.moveDown();
    if (minutes.caseOfficers) doc.font('Helvetica').fontSize(9).text(`Affaire suivie par : ${minutes.caseOfficers}`);
    doc.moveDown();
    if (minutes.introduction) doc.font('Helvetica').fontSize(11).text(minutes.introduction, { align: 'justify' }).moveDown();
    for (const section of minutes.sections) {
      doc.font('Helvetica-Bold').fontSize(11).text(`${section.position}. ${section.title}`).moveDown(0.3);
      if (section.presentation) doc.font('Helvetica').fontSize(11).text(section.presentation, { align: 'justify' }).moveDown(0.3);
      if (section.conclusions) doc.font('Helvetica-Oblique').fontSize(11).text(section.conclusions, { align: 'justify' });
      doc.moveDown();
    }
    if (minutes.closing) doc.font('Helvetica').fontSize(11).text(minutes.closing, { align: 'justify' }).moveDown(2);
    const width = doc.page.width - 2 * MARGIN;
    if (minutes.signatoryTitle) doc.font('Helvetica').fontSize(11).text(minutes.signatoryTitle, MARGIN + width / 2, doc.y, { width: width / 2, align: 'center' });
    if (minutes.signatoryName) doc.moveDown(2).font('Helvetica-Bold').fontSize(11).text(minutes.signatoryName, MARGIN + width / 2, doc.y, { width: width / 2, align: 'center' });
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

/** C4: the fiche de présence, printable before the meeting (empty visa column) and after. */
export function attendanceSheetPdf(sheet: AttendanceDocument): Promise<Buffer> {
  return render((doc) => {
    letterhead(doc, sheet.head);
    doc.font('Helvetica-Bold').fontSize(13).text(sheet.committee, { align: 'center' });
    doc.font('Helvetica').fontSize(11).text(`${sheet.meeting} : ${dateFr(sheet.scheduledAt)} à ${timeFr(sheet.scheduledAt)}, ${sheet.place}`, { align: 'center' });
    doc.moveDown(0.3).font('Helvetica-Bold').fontSize(12).text('Fiche de présence', { align: 'center' }).moveDown();
    const columns = [
      { title: 'Nom', width: 150 },
      { title: 'Organisme / service', width: 150 },
      { title: 'Présence', width: 90 },
      { title: 'Visa', width: doc.page.width - 2 * MARGIN - 390 },
    ];
    const rowHeight = 28;
    const drawRow = (cells: string[], bold: boolean) => {
      if (doc.y + rowHeight > doc.page.height - MARGIN) doc.addPage();
      const y = doc.y;
      let x = MARGIN;
      cells.forEach((cell, i) => {
        const width = columns[i]!.width;
        doc.rect(x, y, width, rowHeight).stroke();
        doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9).text(cell, x + 4, y + 6, { width: width - 8, height: rowHeight - 8, ellipsis: true });
        x += width;
      });
      doc.x = MARGIN;
      doc.y = y + rowHeight;
    };
    drawRow(columns.map((c) => c.title), true);
    for (const row of sheet.rows) {
      const presence = row.attendance === Attendance.REPRESENTED && row.representedBy ? `Représenté par ${row.representedBy}` : ATTENDANCE_FR[row.attendance];
      drawRow([row.name, row.organisation, presence, row.signed ? 'Signé' : ''], false);
    }
  }, `Fiche de présence : ${sheet.meeting}`);
}
