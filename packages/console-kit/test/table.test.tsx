import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Table } from '../src/Table.js';

describe('Table', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('shows its rows under a caption and column headers, cells wrapping', () => {
    render(
      <Table caption="Affaires (1)" headers={['Affaire', 'Saisine']} empty="Aucune affaire.">
        {['TA-1'].map((r) => (
          <tr key={r}>
            <th scope="row">{r}</th>
            <td>10/03/2016</td>
          </tr>
        ))}
      </Table>,
    );
    const table = screen.getByRole('table', { name: 'Affaires (1)' });
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Affaire', 'Saisine']);
    expect(table.closest('.fr-table')?.classList.contains('fr-table--multiline')).toBe(true);
    expect(screen.queryByText('Aucune affaire.')).toBeNull();
  });

  it('says in a sentence that there is nothing, instead of an empty table', () => {
    render(
      <Table caption="Affaires (0)" headers={['Affaire', 'Saisine']} empty="Aucune affaire contentieuse n’est enregistrée.">
        {[].map(() => null)}
      </Table>,
    );
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('Aucune affaire contentieuse n’est enregistrée.')).toBeTruthy();
  });

  it('takes the focus while it is wider than its container (at 320 px), so that the keyboard scrolls it too', () => {
    const table = (
      <Table caption="Affaires (1)" headers={['Affaire', 'Saisine']}>
        <tr>
          <th scope="row">TA-1</th>
          <td>10/03/2016</td>
        </tr>
      </Table>
    );
    // happy-dom lays nothing out: the widths as a browser at 320 px measures them, and an observer that reports at once.
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(288);
    const scrollWidth = vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(640);
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(private readonly report: () => void) {}
        observe() {
          this.report();
        }
        disconnect() {}
      },
    );
    const { unmount } = render(table);
    expect(screen.getByRole('region', { name: 'Affaires (1) (défilement horizontal)' }).tabIndex).toBe(0);
    unmount();
    // As wide as the page: no stop for the keyboard.
    scrollWidth.mockReturnValue(288);
    render(table);
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.getByRole('table').closest('[tabindex]')).toBeNull();
  });
});
