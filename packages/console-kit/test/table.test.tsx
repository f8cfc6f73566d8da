import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Table } from '../src/Table.js';

describe('Table', () => {
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
});
