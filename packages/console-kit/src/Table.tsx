import { Children, useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Whether an element's content is wider than the element (a table at 320 px): it then scrolls,
 * and must take the focus so that the keyboard scrolls it too (RGAA 10.11, axe's
 * scrollable-region-focusable). Watched as the element and its table change size.
 */
function useOverflow() {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setOverflows(element.scrollWidth > element.clientWidth));
    observer.observe(element);
    const table = element.querySelector('table');
    if (table) observer.observe(table);
    return () => observer.disconnect();
  }, []);
  return { ref, overflows };
}

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
    <ScrollingTable caption={caption} headers={headers}>
      {children}
    </ScrollingTable>
  );
}

function ScrollingTable({ caption, headers, children }: { caption: string; headers: string[]; children: ReactNode }) {
  const scroll = useOverflow();
  return (
    <div className="fr-table fr-table--multiline">
      <div className="fr-table__wrapper">
        {/* Positioned, so that the visually hidden labels of its cells (absolutely positioned) scroll with the table instead of widening the page;
            focusable while it scrolls, named after its table. */}
        <div ref={scroll.ref} className="fr-table__container" style={{ position: 'relative' }} {...(scroll.overflows ? { tabIndex: 0, role: 'region', 'aria-label': `${caption} (défilement horizontal)` } : {})}>
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
