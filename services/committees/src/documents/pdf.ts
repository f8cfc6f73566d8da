import { dateFr, font, GREY, letterhead, MARGIN, RED, render, timeFr, type Letterhead, type MarianneFont } from '@qualipref/documents';
import { Attendance, MinutesStatus } from '../domain/enums.js';

// The committees' documents in the préfecture's layout (@qualipref/documents): the relevé de
// conclusions with its version, and the fiche de présence.

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
  }, { title: minutes.title });
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
  }, { title: `Fiche de présence : ${sheet.meeting}` });
}
