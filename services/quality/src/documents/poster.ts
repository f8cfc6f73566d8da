import { BLUE, GREY, dateFr, font, letterhead, render, scaleOf, type PageSize } from '@qualipref/documents';
import { formatFigure, type QuarterDocument } from '@qualipref/public-results';

const LIGHT = '#f6f6f6';

/**
 * The reception hall's poster of a quarter's results, in the préfecture's layout: each published
 * indicator with its value in large type, its target and its sample, « non disponible » when none
 * was recorded by the cut-off. Drawn from the open data document, so it prints the same figures;
 * dated by the publication, so the same version always gives the same bytes.
 */
export function posterPdf(doc: QuarterDocument, size: PageSize): Promise<Buffer> {
  const publishedAt = new Date(doc.publishedAt);
  const timeZone = doc.site.timeZone;
  return render(
    (pdf) => {
      const s = scaleOf(pdf);
      const margin = pdf.page.margins.left;
      const width = pdf.page.width - 2 * margin;
      letterhead(pdf, {
        stateBlock: doc.site.stateBlock,
        tenant: doc.site.name,
        site: doc.site.kind === 'PREFECTURE' ? 'Préfecture' : null,
        directorate: 'Qualité de l’accueil et des services',
        service: null,
        place: doc.site.city,
        date: publishedAt,
        timeZone,
      });
      font(pdf, 'Marianne-Bold', 26 * s).fillColor(BLUE).text('Nos résultats', margin, pdf.y, { width });
      font(pdf, 'Marianne-Bold', 16 * s).fillColor('black').text(capitalized(doc.label), { width });
      const version = doc.version > 1 ? ` · version ${doc.version}, corrigée le ${dateFr(publishedAt, timeZone)}` : '';
      font(pdf, 'Marianne', 9.5 * s).fillColor(GREY).text(`Chiffres arrêtés au ${dateFr(new Date(`${doc.cutOffDate}T12:00:00Z`), timeZone)}${version}`, { width });
      if (doc.correctionReason) font(pdf, 'Marianne-Italic', 9.5 * s).text(`Correction : ${doc.correctionReason}`, { width });
      pdf.moveDown(1.2);

      const valueWidth = 150 * s;
      for (const indicator of doc.indicators) {
        const detail = [
          indicator.target !== null ? `Cible nationale : ${formatFigure(indicator.target, indicator.unit)}` : null,
          indicator.sampleSize !== null ? `Effectif : ${formatFigure(indicator.sampleSize, 'COUNT')}` : null,
          indicator.origin ? `Source : ${indicator.origin}` : 'Aucune valeur relevée à la date d’arrêté.',
        ].filter(Boolean).join(' · ');
        font(pdf, 'Marianne', 8.5 * s);
        const textWidth = width - valueWidth - 24 * s;
        const height = Math.max(58 * s, font(pdf, 'Marianne-Bold', 11 * s).heightOfString(indicator.name, { width: textWidth }) + font(pdf, 'Marianne', 8.5 * s).heightOfString(detail, { width: textWidth }) + 22 * s);
        if (pdf.y + height > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
        const top = pdf.y;
        pdf.rect(margin, top, width, height).fill(LIGHT);
        pdf.rect(margin, top, 4 * s, height).fill(BLUE);
        const value = indicator.value === null ? 'Non disponible' : formatFigure(indicator.value, indicator.unit);
        font(pdf, 'Marianne-Bold', (indicator.value === null ? 13 : 24) * s).fillColor(indicator.value === null ? GREY : BLUE).text(value, margin + 14 * s, top + 12 * s, { width: valueWidth - 14 * s });
        font(pdf, 'Marianne-Bold', 11 * s).fillColor('black').text(indicator.name, margin + valueWidth + 10 * s, top + 10 * s, { width: textWidth });
        font(pdf, 'Marianne', 8.5 * s).fillColor(GREY).text(detail, { width: textWidth });
        pdf.x = margin;
        pdf.y = top + height + 10 * s;
      }
      pdf.moveDown(0.8);
      font(pdf, 'Marianne', 8.5 * s).fillColor(GREY).text(
        `Référentiel : ${[...new Set(doc.indicators.map((i) => i.referential))].join(', ')}. Les définitions de chaque indicateur et ces chiffres en données ouvertes (JSON, CSV) sont publiés avec ces résultats.`,
        margin,
        pdf.y,
        { width },
      );
      pdf.fillColor('black');
    },
    { title: `Nos résultats : ${doc.label} — ${doc.site.name}`, size, date: publishedAt },
  );
}

const capitalized = (text: string) => text.charAt(0).toLocaleUpperCase('fr-FR') + text.slice(1);
