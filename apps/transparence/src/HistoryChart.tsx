import type { PublishedIndicator } from './documents.js';
import { formatFigure, shortQuarter } from './format.js';

const WIDTH = 640;
const HEIGHT = 220;
const AXIS = 28;

/** The scale's top: 100 % for a rate, else the largest value rounded up. */
function topOf(indicator: PublishedIndicator, values: number[]): { bottom: number; top: number } {
  if (indicator.unit === 'RATE' || indicator.unit === 'BOOLEAN') return { bottom: 0, top: 1 };
  if (indicator.unit === 'SIGNED_RATE') return { bottom: -1, top: 1 };
  if (indicator.unit === 'SCORE_10') return { bottom: 0, top: 10 };
  const largest = Math.max(...values, indicator.target ?? 0, 1);
  const step = 10 ** Math.floor(Math.log10(largest));
  return { bottom: 0, top: Math.ceil(largest / step) * step };
}

/**
 * An indicator over the published quarters, this one last: a bar per quarter (none where no
 * value was published), the national target as a line, and the same figures in a table beneath,
 * which is what assistive technologies read.
 */
export function HistoryChart({ indicator, quarter, label }: { indicator: PublishedIndicator; quarter: string; label: string }) {
  const rows = [...indicator.history, { quarter, label, value: indicator.value }];
  const values = rows.map((r) => r.value).filter((v): v is number => v !== null);
  const { bottom, top } = topOf(indicator, values);
  const y = (v: number) => AXIS / 2 + (HEIGHT - AXIS) * (1 - (v - bottom) / (top - bottom));
  const slot = (WIDTH - 60) / rows.length;
  const id = `evolution-${indicator.code}`;
  return (
    <figure className="fr-mb-4w transparence-chart" aria-labelledby={`${id}-titre`}>
      <h3 id={`${id}-titre`} className="fr-h6">
        {indicator.name}
      </h3>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${indicator.name} : graphique des ${rows.length} derniers trimestres publiés, détaillé dans le tableau qui suit.`}>
        <line x1="56" x2={WIDTH} y1={y(bottom)} y2={y(bottom)} className="transparence-chart__axis" />
        <text x="50" y={y(top) + 4} textAnchor="end" className="transparence-chart__tick">
          {formatFigure(top, indicator.unit)}
        </text>
        <text x="50" y={y(bottom) + 4} textAnchor="end" className="transparence-chart__tick">
          {formatFigure(bottom, indicator.unit)}
        </text>
        {rows.map((row, i) => {
          const x = 60 + i * slot + slot * 0.2;
          const current = row.quarter === quarter;
          return (
            <g key={row.quarter}>
              {row.value !== null && (
                <rect x={x} width={slot * 0.6} y={Math.min(y(row.value), y(Math.max(bottom, 0)))} height={Math.max(1, Math.abs(y(Math.max(bottom, 0)) - y(row.value)))} className={current ? 'transparence-chart__bar transparence-chart__bar--current' : 'transparence-chart__bar'} />
              )}
              <text x={x + slot * 0.3} y={HEIGHT - 4} textAnchor="middle" className="transparence-chart__tick">
                {shortQuarter(row.quarter)}
              </text>
            </g>
          );
        })}
        {indicator.target !== null && <line x1="56" x2={WIDTH} y1={y(indicator.target)} y2={y(indicator.target)} className="transparence-chart__target" />}
      </svg>
      <p className="fr-text--xs transparence-chart__legend">
        En bleu foncé, le trimestre affiché{indicator.target !== null ? ' ; en pointillé rouge, la cible nationale' : ''}.
      </p>
      <div className="fr-table fr-table--sm">
        <table>
          <caption className="fr-sr-only">{indicator.name} par trimestre publié</caption>
          <thead>
            <tr>
              <th scope="col">Trimestre</th>
              <th scope="col">Valeur publiée</th>
              {indicator.target !== null && <th scope="col">Cible nationale</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.quarter}>
                <th scope="row">{row.label}</th>
                <td>{row.value === null ? 'Non disponible' : formatFigure(row.value, indicator.unit)}</td>
                {indicator.target !== null && <td>{formatFigure(indicator.target, indicator.unit)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
