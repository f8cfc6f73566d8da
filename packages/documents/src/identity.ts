import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// The State's visual identity as the DSFR package ships it: the Marianne typeface, and the
// bloc-marque's drawings (the Marianne symbol, the devise) read from the logo's own SVG, so
// that documents print what the console's header shows, from one source.

const require = createRequire(import.meta.url);
const dsfr = (file: string) => require.resolve(`@codegouvfr/react-dsfr/dsfr/${file}`);

/** The Marianne faces a document uses, by the name it registers them under. */
export const MARIANNE_FONTS = {
  Marianne: dsfr('fonts/Marianne-Regular.woff'),
  'Marianne-Italic': dsfr('fonts/Marianne-Regular_Italic.woff'),
  'Marianne-Bold': dsfr('fonts/Marianne-Bold.woff'),
  'Marianne-Light': dsfr('fonts/Marianne-Light.woff'),
} as const;

export type MarianneFont = keyof typeof MARIANNE_FONTS;

/** A shape of a drawing: an SVG path in the drawing's own units, and the transform that places it. */
export interface Shape {
  d: string;
  /** [a, b, c, d, e, f] as in SVG's matrix(). */
  matrix: [number, number, number, number, number, number];
}

export interface Drawing {
  width: number;
  height: number;
  shapes: Shape[];
}

const logoSvgs = (): string[] => {
  const css = readFileSync(dsfr('component/logo/logo.css'), 'utf8');
  return [...css.matchAll(/url\("data:image\/svg\+xml;charset=utf8,([^"]+)"\)/g)].map((m) => decodeURIComponent(m[1]!));
};

type Matrix = Shape['matrix'];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const attr = (tag: string, name: string) => new RegExp(`\\s${name}='([^']*)'`).exec(tag)?.[1];
const num = (tag: string, name: string, fallback = 0) => Number(attr(tag, name) ?? fallback);

/**
 * Flattens an SVG made of <symbol>s (with viewBox), <use>s (x, y, width, height, href) and
 * <path>s into paths with their transforms: what pdfkit can draw. A <use> places its symbol's
 * viewBox in its box as SVG does by default (uniform scale, centred).
 */
function flatten(svg: string, pick: (tag: string) => boolean): Drawing {
  const symbols = new Map<string, { viewBox: number[]; body: string }>();
  for (const m of svg.matchAll(/<symbol id='([^']+)' viewBox='([^']+)'>(.*?)<\/symbol>/g)) symbols.set(m[1]!, { viewBox: m[2]!.split(/[\s,]+/).map(Number), body: m[3]! });
  const root = /<svg[^>]*viewBox='([^']+)'[^>]*>(.*)<\/svg>/s.exec(svg);
  if (!root) throw new Error('the DSFR logo is not an SVG any more');
  const [, , width, height] = root[1]!.split(/[\s,]+/).map(Number) as [number, number, number, number];
  const body = root[2]!.replace(/<defs>.*<\/defs>/s, '');
  const shapes: Shape[] = [];
  const walk = (content: string, matrix: Matrix, depth: number) => {
    if (depth > 20) throw new Error('the DSFR logo nests too deep');
    for (const [tag] of content.matchAll(/<(?:path|use)\b[^>]*>/g)) {
      if (tag.startsWith('<path')) {
        const d = attr(tag, 'd');
        if (d) shapes.push({ d, matrix });
        continue;
      }
      const symbol = symbols.get((attr(tag, 'href') ?? '').replace(/^#/, ''));
      if (!symbol) continue;
      const [vx, vy, vw, vh] = symbol.viewBox as [number, number, number, number];
      const w = num(tag, 'width', vw);
      const h = num(tag, 'height', vh);
      const scale = Math.min(w / vw, h / vh);
      const place: Matrix = [scale, 0, 0, scale, num(tag, 'x') + (w - vw * scale) / 2 - vx * scale, num(tag, 'y') + (h - vh * scale) / 2 - vy * scale];
      walk(symbol.body, multiply(matrix, place), depth + 1);
    }
  };
  for (const [tag] of body.matchAll(/<use\b[^>]*>/g)) if (pick(tag)) walk(tag, [1, 0, 0, 1, 0, 0], 0);
  return { width, height, shapes };
}

let cached: { marianne: Drawing; devise: Drawing } | null = null;

/**
 * The two drawings of the bloc-marque: the Marianne profile (white, drawn over the blue and red
 * halves of its rectangle, 44 × 18 units) and the devise « Liberté Égalité Fraternité » (its
 * black version: the top-left quarter, 126 × 90 units, of the DSFR's 252 × 180 sheet).
 */
export function blocMarque(): { marianne: Drawing; devise: Drawing } {
  if (cached) return cached;
  const svgs = logoSvgs();
  const marianneSvg = svgs.find((s) => s.includes("viewBox='0 0 44 18'"));
  const deviseSvg = svgs.find((s) => s.includes("viewBox='0 0 252 180'"));
  if (!marianneSvg || !deviseSvg) throw new Error('the DSFR logo no longer ships the Marianne and the devise');
  const mariannePath = /<path fill='#fff' d='([^']+)'/.exec(marianneSvg)?.[1];
  if (!mariannePath) throw new Error('the DSFR logo no longer ships the Marianne profile');
  const devise = flatten(deviseSvg, (tag) => attr(tag, 'fill') === '#000');
  cached = {
    marianne: { width: 44, height: 18, shapes: [{ d: mariannePath, matrix: [1, 0, 0, 1, 0, 0] }] },
    devise: { width: 126, height: 90, shapes: devise.shapes },
  };
  return cached;
}
