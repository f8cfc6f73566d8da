import { Children, type ReactNode } from 'react';

/**
 * A DSFR table with its caption (read by screen readers) and column headers. Its cells wrap
 * (multiline), so that a table fits the page at common widths rather than hiding its last
 * columns; one still too wide scrolls within the DSFR's container, never the page. With no
 * row, a sentence (`empty`) instead of an empty table.
 */
export function Table({ caption, headers, empty = 'Aucune ligne à afficher pour le moment.', children }: { caption: string; headers: string[]; empty?: string; children: ReactNode }) {
  if (Children.count(children) === 0) {
    return (
      <p className="fr-my-3w" data-empty-table={caption}>
        {empty}
      </p>
    );
  }
  return (
    <div className="fr-table fr-table--multiline">
      <div className="fr-table__wrapper">
        {/* Positioned, so that the visually hidden labels of its cells (absolutely positioned) scroll with the table instead of widening the page. */}
        <div className="fr-table__container" style={{ position: 'relative' }}>
          <div className="fr-table__content">
            <table>
              <caption>{caption}</caption>
              <thead>
                <tr>
                  {headers.map((h) => (
                    <th key={h} scope="col">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>{children}</tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
