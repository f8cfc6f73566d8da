import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { applyRows, defineColumns, escapeFormula, fromCsv, parserIssue, RowError, toCsv, unescapeFormula, type Row } from '../src/index.js';

const columns = defineColumns([
  { key: 'reference', header: 'Référence', kind: 'text', required: true },
  { key: 'title', header: 'Intitulé', kind: 'text' },
  { key: 'progress', header: 'Avancement (%)', kind: 'number' },
  { key: 'dueDate', header: 'Échéance', kind: 'date' },
  { key: 'month', header: 'Mois', kind: 'month' },
  { key: 'status', header: 'Statut', kind: 'enum', labels: { PLANNED: 'Prévue', DONE: 'Réalisée' } },
]);
type Key = (typeof columns)[number]['key'];

const row = (values: Partial<Row<Key>>): Row<Key> => ({ reference: 'A-1', title: null, progress: null, dueDate: null, month: null, status: null, ...values });
const withoutLine = <T extends { line: number }>({ line, ...rest }: T) => (void line, rest);

describe('export', () => {
  it('writes French spreadsheet defaults: BOM, `;`, French headers, decimal comma, enum labels', () => {
    const csv = toCsv(columns, [row({ title: 'Accueil', progress: 12.5, dueDate: '2026-03-31', month: '2026-03', status: 'DONE' })]);
    expect(csv.startsWith('\uFEFFRéférence;Intitulé;Avancement (%);Échéance;Mois;Statut\r\n')).toBe(true);
    expect(csv.split('\r\n')[1]).toBe('A-1;Accueil;12,5;2026-03-31;2026-03;Réalisée');
  });

  it('escapes text cells that a spreadsheet would run as formulas, and leaves numbers alone', () => {
    const csv = toCsv(columns, [row({ title: "=cmd|' /C calc'!A0", progress: -12.5 }), row({ reference: '+33 6 12 34 56 78', title: '@SUM(A1)' }), row({ reference: '-12,5', title: '\tcaché' })]);
    const lines = csv.split('\r\n');
    expect(lines[1]).toBe(`A-1;'=cmd|' /C calc'!A0;-12,5;;;`);
    expect(lines[2]).toBe(`'+33 6 12 34 56 78;'@SUM(A1);;;;`);
    expect(lines[3]).toBe(`'-12,5;'\tcaché;;;;`);
  });
});

describe('round trip', () => {
  it('gives back the same values, hostile ones included, text kept apart from numbers', () => {
    const rows = [
      row({ title: "=cmd|' /C calc'!A0", progress: -12.5, dueDate: '2026-01-31', month: '2026-01', status: 'PLANNED' }),
      row({ reference: '+33 6 12 34 56 78', title: '-12,5', progress: 0 }),
      row({ reference: '@SUM', title: "'=déjà échappé", progress: 100 }),
      row({ reference: 'B;2', title: 'Deux\r\nlignes « guillemets " »', status: 'DONE' }),
      row({ reference: '\tR', title: '\rretour' }),
    ];
    const parsed = fromCsv(columns, toCsv(columns, rows));
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows.map(withoutLine)).toEqual(rows);
    expect(parsed.rows[1]!.title).toBe('-12,5');
    expect(parsed.rows[0]!.progress).toBe(-12.5);
  });

  it('holds for any text and any finite number', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string(), fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })), (reference, title, progress) => {
        fc.pre(reference.trim() !== '');
        // A cell of spaces only is no text, as an empty one: it is read as null.
        const value = row({ reference, title: title.trim() === '' ? null : title, progress: Object.is(progress, -0) ? 0 : progress });
        const parsed = fromCsv(columns, toCsv(columns, [value]));
        expect(parsed.issues).toEqual([]);
        expect(parsed.rows.map(withoutLine)).toEqual([value]);
      }),
    );
  });

  it('unescapes exactly what it escaped', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(unescapeFormula(escapeFormula(text))).toBe(text);
      }),
    );
  });
});

describe('import', () => {
  it('accepts machine keys, any column order, `,` files without BOM, French dates and months, labels or values', () => {
    const parsed = fromCsv(columns, 'status,month,dueDate,progress,title,reference\nDONE,03/2026,31/03/2026,"7,25",Accueil,A-1\nprévue,,,,,A-2\n');
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows).toEqual([
      { line: 2, reference: 'A-1', title: 'Accueil', progress: 7.25, dueDate: '2026-03-31', month: '2026-03', status: 'DONE' },
      { line: 3, reference: 'A-2', title: null, progress: null, dueDate: null, month: null, status: 'PLANNED' },
    ]);
  });

  it('reports every problem in French with its line, field and a stable code', () => {
    const csv = ['Référence;Intitulé;Avancement (%);Échéance;Mois;Statut', ';x;douze;2026-02-30;2026-13;Annulée', '', 'A-3;ok;1;;;', 'A-4;trop;de;colonnes;;;;'].join('\n');
    const parsed = fromCsv(columns, csv);
    expect(parsed.rows.map((r) => r.reference)).toEqual(['A-3']);
    expect(parsed.total).toBe(3);
    expect(parsed.issues).toEqual([
      { line: 2, field: 'reference', code: 'REQUIRED', message: '« Référence » est obligatoire.' },
      { line: 2, field: 'progress', code: 'INVALID_NUMBER', message: '« Avancement (%) » : « douze » n’est pas un nombre.' },
      { line: 2, field: 'dueDate', code: 'INVALID_DATE', message: '« Échéance » : « 2026-02-30 » n’est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA).' },
      { line: 2, field: 'month', code: 'INVALID_MONTH', message: '« Mois » : « 2026-13 » n’est pas un mois (AAAA-MM ou MM/AAAA).' },
      { line: 2, field: 'status', code: 'INVALID_ENUM', message: '« Statut » : « Annulée » n’est pas une valeur connue (« Prévue », « Réalisée »).' },
      { line: 5, field: null, code: 'CSV_COLUMN_COUNT', message: 'Ligne de 8 colonne(s) pour 6 dans l’en-tête.' },
    ]);
  });

  it('translates the parser’s English errors into French', () => {
    const parsed = fromCsv(columns, 'Référence;Intitulé;Avancement (%);Échéance;Mois;Statut\nA-1;"jamais fermé;1;;;\n');
    expect(parsed.issues).toHaveLength(1);
    expect(parsed.issues[0]).toMatchObject({ code: 'CSV_QUOTE_NOT_CLOSED', field: null, message: 'Fichier CSV illisible : Guillemet ouvert jamais refermé.' });
    expect(parsed.issues[0]!.message).not.toMatch(/Invalid|Quote/);
    const misplaced = fromCsv(columns, 'Référence;Intitulé;Avancement (%);Échéance;Mois;Statut\nA-1;"fermé"trop tôt;1;;;\n');
    expect(misplaced.issues[0]).toMatchObject({ code: 'CSV_INVALID_QUOTE', line: 2 });
    // « Invalid Record Length: expect 2, got 3 on line 2 », as the parser says it when strict on columns.
    const strict = (() => {
      try {
        parse('a;b\n1;2;3\n', { delimiter: ';' });
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(String((strict as Error).message)).toMatch(/Invalid Record Length/);
    expect(parserIssue(strict)).toEqual({ line: 2, field: null, code: 'CSV_COLUMN_COUNT', message: 'Fichier CSV illisible : Nombre de colonnes différent de l’en-tête.' });
    expect(parserIssue(new Error('Something else in English'))).toEqual({ line: 0, field: null, code: 'CSV_UNREADABLE', message: 'Fichier CSV illisible.' });
  });

  it('refuses a file without its columns, an empty file, too many rows', () => {
    expect(fromCsv(columns, 'Référence;Intitulé\nA-1;x\n').issues.map((i) => [i.line, i.field, i.code])).toEqual([
      [1, 'progress', 'MISSING_COLUMN'],
      [1, 'dueDate', 'MISSING_COLUMN'],
      [1, 'month', 'MISSING_COLUMN'],
      [1, 'status', 'MISSING_COLUMN'],
    ]);
    expect(fromCsv(columns, '\uFEFF').issues).toEqual([{ line: 0, field: null, code: 'CSV_EMPTY', message: 'Le fichier est vide.' }]);
    const big = toCsv(columns, [row({}), row({ reference: 'A-2' }), row({ reference: 'A-3' })]);
    expect(fromCsv(columns, big, { maxRows: 2 }).issues).toEqual([{ line: 0, field: null, code: 'TOO_MANY_ROWS', message: 'Au plus 2 lignes par import (le fichier en a 3).' }]);
  });
});

describe('modes and dry run', () => {
  const csv = ['Référence;Intitulé;Avancement (%);Échéance;Mois;Statut', 'A-1;;1;;;', 'A-2;;douze;;;', 'A-3;;3;;;', 'A-4;;4;;;'].join('\n');
  const apply = (written: string[]) => async (r: { reference: unknown }) => {
    if (r.reference === 'A-3') throw new RowError('DUPLICATE', 'Référence A-3 déjà prise.', 'reference');
    written.push(String(r.reference));
    return 'created' as const;
  };

  it('ALL_OR_NOTHING keeps nothing when a row is wrong, and reports every problem', async () => {
    const { report, keep } = await applyRows({ mode: 'ALL_OR_NOTHING', dryRun: false }, fromCsv(columns, csv), apply([]));
    expect(keep).toBe(false);
    expect(report).toMatchObject({ mode: 'ALL_OR_NOTHING', applied: false, rows: 4, created: 0, rejected: 4 });
    expect(report.issues.map((i) => [i.line, i.field, i.code])).toEqual([
      [3, 'progress', 'INVALID_NUMBER'],
      [4, 'reference', 'DUPLICATE'],
    ]);
  });

  it('PARTIAL keeps the right rows and reports the others', async () => {
    const written: string[] = [];
    const { report, keep } = await applyRows({ mode: 'PARTIAL', dryRun: false }, fromCsv(columns, csv), apply(written));
    expect(keep).toBe(true);
    expect(written).toEqual(['A-1', 'A-4']);
    expect(report).toMatchObject({ applied: true, rows: 4, created: 2, rejected: 2 });
    expect(report.issues).toHaveLength(2);
  });

  it('a dry run reports what would be done and says to keep nothing', async () => {
    const { report, keep } = await applyRows({ mode: 'PARTIAL', dryRun: true }, fromCsv(columns, csv), apply([]));
    expect(keep).toBe(false);
    expect(report).toMatchObject({ dryRun: true, applied: false, created: 2, rejected: 2 });
  });

  it('a file-level problem applies no row in either mode', async () => {
    const written: string[] = [];
    const { report, keep } = await applyRows({ mode: 'PARTIAL', dryRun: false }, fromCsv(columns, 'Référence\nA-1\n'), apply(written));
    expect(keep).toBe(false);
    expect(written).toEqual([]);
    expect(report).toMatchObject({ applied: false, rows: 1, rejected: 1 });
  });
});

describe('percent columns', () => {
  const rates = defineColumns([
    { key: 'label', header: 'Libellé', kind: 'text' },
    { key: 'rate', header: 'Taux (%)', kind: 'percent' },
  ]);

  it('writes a fraction as a percentage with a decimal comma, to two decimals', () => {
    const csv = toCsv(rates, [{ label: 'a', rate: 0.875 }, { label: 'b', rate: 0.123456 }, { label: 'c', rate: 1 }, { label: 'd', rate: null }]);
    expect(csv.split('\r\n').slice(1, 5)).toEqual(['a;87,5', 'b;12,35', 'c;100', 'd;']);
  });

  it('reads the percentage back as the fraction, with or without the sign', () => {
    const parsed = fromCsv(rates, 'label;rate\r\na;87,5\r\nb;12,35 %\r\nc;100\r\nd;\r\ne;beaucoup\r\n');
    expect(parsed.rows.map((r) => r.rate)).toEqual([0.875, 0.1235, 1, null]);
    expect(parsed.issues).toEqual([{ line: 6, field: 'rate', code: 'INVALID_NUMBER', message: '« Taux (%) » : « beaucoup » n’est pas un pourcentage.' }]);
  });

  it('gives back any fraction to the ten-thousandth', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (n) => {
        const rate = n / 10_000;
        const parsed = fromCsv(rates, toCsv(rates, [{ label: 'x', rate }]));
        expect(parsed.rows[0]!.rate).toBe(rate);
      }),
    );
  });
});

describe('optional columns', () => {
  const withOptional = defineColumns([
    { key: 'reference', header: 'Référence', kind: 'text', required: true },
    { key: 'note', header: 'Note', kind: 'text', optional: true },
  ]);

  it('reads a file without them as null, and reads them when they are there', () => {
    expect(fromCsv(withOptional, 'Référence\r\nA\r\n').rows.map(withoutLine)).toEqual([{ reference: 'A', note: null }]);
    expect(fromCsv(withOptional, 'Note;Référence\r\nvu;A\r\n').rows.map(withoutLine)).toEqual([{ reference: 'A', note: 'vu' }]);
    expect(fromCsv(withOptional, 'Note\r\nvu\r\n').issues).toEqual([{ line: 1, field: 'reference', code: 'MISSING_COLUMN', message: 'Colonne manquante : « Référence ».' }]);
  });
});
