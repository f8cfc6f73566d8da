import { Button } from '@codegouvfr/react-dsfr/Button';
import type { ReactNode } from 'react';

/** How every form of the console ends: its action (disabled while it runs) and a way out that saves nothing. */
export function FormActions({ submit, busy = false, onCancel, cancel = 'Annuler' }: { submit: ReactNode; busy?: boolean; onCancel(): void; cancel?: string }) {
  return (
    <ul className="fr-btns-group fr-btns-group--inline-md">
      <li>
        <Button type="submit" disabled={busy}>
          {submit}
        </Button>
      </li>
      <li>
        <Button type="button" priority="secondary" onClick={onCancel}>
          {cancel}
        </Button>
      </li>
    </ul>
  );
}
