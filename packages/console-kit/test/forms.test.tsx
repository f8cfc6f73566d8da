import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FormEvent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { FormActions } from '../src/FormActions.js';
import { ImportIssueList } from '../src/ImportIssues.js';
import { useDisclosure } from '../src/useDisclosure.js';
import { useFormFields } from '../src/useFormFields.js';

function Form({ busy, onSubmit, onCancel }: { busy: boolean; onSubmit(values: { name: string; kind: string }): void; onCancel(): void }) {
  const { fields, bind } = useFormFields({ name: '', kind: 'CLU' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(fields);
  };
  return (
    <form onSubmit={submit} aria-label="Essai">
      <label htmlFor="nom">Nom</label>
      <input id="nom" {...bind('name')} />
      <label htmlFor="type">Type</label>
      <select id="type" {...bind('kind')}>
        <option value="CLU">CLU</option>
        <option value="AUTRE">Autre</option>
      </select>
      <FormActions submit="Créer" busy={busy} onCancel={onCancel} cancel="Fermer" />
    </form>
  );
}

describe('the forms’ shared parts', () => {
  it('bind each field to its state and end with the action and a way out', async () => {
    const onSubmit = vi.fn();
    const onCancel = vi.fn();
    render(<Form busy={false} onSubmit={onSubmit} onCancel={onCancel} />);
    await userEvent.type(screen.getByLabelText('Nom'), 'Comité');
    await userEvent.selectOptions(screen.getByLabelText('Type'), 'AUTRE');
    await userEvent.click(screen.getByRole('button', { name: 'Créer' }));
    expect(onSubmit).toHaveBeenCalledWith({ name: 'Comité', kind: 'AUTRE' });
    await userEvent.click(screen.getByRole('button', { name: 'Fermer' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('disable the action while it runs', () => {
    render(<Form busy onSubmit={vi.fn()} onCancel={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Créer' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Fermer' })).toHaveProperty('disabled', false);
  });
});

function Opener() {
  const form = useDisclosure();
  return form.open ? (
    <div ref={form.area}>
      <form aria-label="Nouveau">
        <label htmlFor="titre">Titre</label>
        <input id="titre" />
        <button type="button" onClick={form.hide}>
          Annuler
        </button>
      </form>
    </div>
  ) : (
    <button type="button" ref={form.opener} onClick={form.show}>
      Ajouter
    </button>
  );
}

describe('a form opened in place of its button', () => {
  it('takes the focus to its first field, and gives it back to the button when closed', async () => {
    render(<Opener />);
    expect(document.activeElement).toBe(document.body);
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Titre'));
    await userEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ajouter' }));
  });
});

describe('ImportIssueList', () => {
  it('lists each problem as « Ligne N, <colonne> : message », the column as the file names it', () => {
    render(
      <ImportIssueList
        columns={{ channel: 'Canal' }}
        issues={[
          { line: 0, field: null, code: 'TOO_MANY_ROWS', message: 'Au plus 10 000 lignes.' },
          { line: 4, field: 'channel', code: 'INVALID_ENUM', message: 'valeur inconnue « Pigeon ».' },
          { line: 5, field: 'answeredAt', code: 'BAD_USER_INPUT', message: 'La réponse ne peut précéder la réception.' },
        ]}
      />,
    );
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Ligne 0 : Au plus 10 000 lignes.',
      'Ligne 4, Canal : valeur inconnue « Pigeon ».',
      // A key the columns do not name is left out, never shown as the API's code name.
      'Ligne 5 : La réponse ne peut précéder la réception.',
    ]);
  });
});
