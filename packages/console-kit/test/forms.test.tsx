import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FormEvent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { FormActions } from '../src/FormActions.js';
import { FormOutcome } from '../src/FormOutcome.js';
import { ImportIssueList } from '../src/ImportIssues.js';
import { useDisclosure } from '../src/useDisclosure.js';
import { describedText } from '../src/testing.js';
import { useFormFields } from '../src/useFormFields.js';
import { constraintMessage, useFieldChecks, whenNotEmail } from '../src/validation.js';
import { Input } from '@codegouvfr/react-dsfr/Input';

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

function Checked({ onSubmit }: { onSubmit(values: { name: string; months: string; email: string }): void }) {
  const { fields, bind } = useFormFields({ name: '', months: '12', email: '' });
  const checks = useFieldChecks<'name' | 'months' | 'email'>();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (checks.check(event.currentTarget, { email: whenNotEmail(fields.email) })) onSubmit(fields);
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Essai">
      <Input label="Nom du comité" hintText="Par exemple : CLU de Metz" {...checks.state('name')} nativeInputProps={{ ...checks.native('name'), required: true, ...bind('name') }} />
      <Input label="Se réunit tous les (mois)" {...checks.state('months')} nativeInputProps={{ ...checks.native('months'), type: 'number', min: 1, max: 36, ...bind('months') }} />
      <Input label="Adresse électronique" {...checks.state('email')} nativeInputProps={{ ...checks.native('email'), ...bind('email') }} />
      <button type="submit">Créer</button>
    </form>
  );
}

describe('the console’s checks of a form', () => {
  it('say in French which constraint a field breaks, beside the field, and focus the first wrong one', async () => {
    const onSubmit = vi.fn();
    render(<Checked onSubmit={onSubmit} />);
    const months = screen.getByLabelText('Se réunit tous les (mois)');
    await userEvent.clear(months);
    await userEvent.type(months, '40');
    await userEvent.type(screen.getByLabelText('Adresse électronique'), 'secretariat');
    await userEvent.click(screen.getByRole('button', { name: 'Créer' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const name = screen.getByLabelText(/Nom du comité/);
    expect(document.activeElement).toBe(name);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(name)).toContain('Renseignez « Nom du comité ».');
    expect(describedText(months)).toContain('« Se réunit tous les (mois) » vaut au plus 36.');
    expect(describedText(screen.getByLabelText('Adresse électronique'))).toContain('Adresse électronique invalide');
  });

  it('let the form be sent once every field is right, and clear the messages', async () => {
    const onSubmit = vi.fn();
    render(<Checked onSubmit={onSubmit} />);
    await userEvent.click(screen.getByRole('button', { name: 'Créer' }));
    await userEvent.type(screen.getByLabelText(/Nom du comité/), 'CLU de Metz');
    await userEvent.click(screen.getByRole('button', { name: 'Créer' }));
    expect(onSubmit).toHaveBeenCalledWith({ name: 'CLU de Metz', months: '12', email: '' });
    expect(screen.getByLabelText(/Nom du comité/).getAttribute('aria-invalid')).toBeNull();
  });
});

describe('constraintMessage', () => {
  const field = (html: string) => {
    document.body.innerHTML = `<form>${html}</form>`;
    return document.querySelector('input, select') as HTMLInputElement;
  };
  it('names the label without its hint, and what the field asks for', () => {
    expect(constraintMessage(field('<label for="d">Date de la décision<span class="fr-hint-text">jj/mm/aaaa</span></label><input id="d" type="date" required>'))).toBe('Indiquez « Date de la décision ».');
    expect(constraintMessage(field('<label for="s">Canal</label><select id="s" required><option value="">—</option></select>'))).toBe('Choisissez une valeur pour « Canal ».');
    expect(constraintMessage(field('<label for="e">Courriel</label><input id="e" type="email" value="x">'))).toBe('« Courriel » : l’adresse électronique a la forme prenom.nom@domaine.fr.');
    expect(constraintMessage(field('<label for="n">Nom</label><input id="n" value="x">'))).toBeNull();
  });

  it('reads a date or a date and time bound as a French date (the browser checks the range; a stub stands for its verdict here)', () => {
    const input = field('<label for="r">Réponse le</label><input id="r">');
    const broken = (type: string, max: string) => ({ type, max, min: '', labels: input.labels, validity: { valid: false, rangeOverflow: true } }) as unknown as HTMLInputElement;
    expect(constraintMessage(broken('date', '2026-12-01'))).toBe('« Réponse le » ne peut dépasser le 1er décembre 2026.');
    expect(constraintMessage(broken('datetime-local', '2026-12-02T18:15'))).toBe('« Réponse le » ne peut dépasser le 2 décembre 2026 à 18:15.');
  });
});

describe('FormOutcome', () => {
  it('takes the focus when it says what failed or what was done, and says nothing before', () => {
    const { rerender, container } = render(<FormOutcome failure="Comité non créé" error={undefined} />);
    expect(container.textContent).toBe('');
    rerender(<FormOutcome failure="Comité non créé" error={new Error('boom')} />);
    expect(document.activeElement?.textContent).toContain('Comité non créé : ');
    expect(document.activeElement?.textContent).not.toContain('boom');
    rerender(<FormOutcome failure="Comité non créé" success="Comité enregistré." />);
    expect(document.activeElement?.textContent).toContain('Comité enregistré.');
  });
});
