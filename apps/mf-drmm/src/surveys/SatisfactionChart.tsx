import { percent } from './labels.js';

export interface ChartRow {
  label: string;
  rate?: number | null;
  lower?: number | null;
  upper?: number | null;
  previous?: number | null;
}

const GRID = [0, 0.25, 0.5, 0.75, 1];
const x = (rate: number) => Math.max(0, Math.min(100, rate * 100));

/**
 * S3: each dimension's rate of satisfied users as a bar with its 95 % confidence interval, and
 * the previous survey's rate as a mark across it, so that a change larger than the interval
 * shows at a glance. The figures themselves are in the table that follows (the drawing is
 * hidden from screen readers; the caption says how to read it).
 */
export function SatisfactionChart({ rows, current, previous }: { rows: ChartRow[]; current: string; previous: string | null }) {
  const compared = previous !== null && rows.some((r) => r.previous != null);
  return (
    <figure className="fr-mb-4w" style={{ marginInline: 0 }} data-testid="satisfaction-chart">
      <figcaption className="fr-mb-2w">
        Taux de satisfaits ou très satisfaits, {current}
        {compared ? ` (barre, avec son intervalle de confiance), et ${previous} (trait noir)` : ' (barre, avec son intervalle de confiance)'}
      </figcaption>
      <div aria-hidden="true">
        {rows.map((row) => (
          // A row wraps when narrow (at 320 px the label takes its own line above the bar), so that the bar never shrinks to nothing.
          <div key={row.label} style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: '1rem', marginBottom: '0.5rem' }}>
            <span className="fr-text--sm fr-mb-0" style={{ flex: '1 1 8rem', maxWidth: '16rem' }}>
              {row.label}
            </span>
            <svg viewBox="0 0 100 20" preserveAspectRatio="none" height="20" role="presentation" data-row={row.label} style={{ flex: '1 1 10rem' }}>
              {GRID.map((g) => (
                <line key={g} x1={x(g)} x2={x(g)} y1={0} y2={20} vectorEffect="non-scaling-stroke" style={{ stroke: 'var(--border-default-grey)' }} />
              ))}
              {row.rate != null && <rect data-part="rate" x={0} y={5} width={x(row.rate)} height={10} style={{ fill: 'var(--background-action-high-blue-france)' }} />}
              {row.lower != null && row.upper != null && (
                <g data-part="interval" style={{ stroke: 'var(--text-default-grey)' }}>
                  <line x1={x(row.lower)} x2={x(row.upper)} y1={10} y2={10} vectorEffect="non-scaling-stroke" />
                  <line x1={x(row.lower)} x2={x(row.lower)} y1={6} y2={14} vectorEffect="non-scaling-stroke" />
                  <line x1={x(row.upper)} x2={x(row.upper)} y1={6} y2={14} vectorEffect="non-scaling-stroke" />
                </g>
              )}
              {compared && row.previous != null && (
                <line data-part="previous" x1={x(row.previous)} x2={x(row.previous)} y1={1} y2={19} vectorEffect="non-scaling-stroke" strokeWidth={3} style={{ stroke: 'var(--text-title-grey)' }} />
              )}
            </svg>
            <span className="fr-text--sm fr-mb-0" style={{ flex: '0 0 4rem' }}>
              {percent(row.rate)}
            </span>
          </div>
        ))}
      </div>
    </figure>
  );
}
