import { useDisclosure } from '@qualipref/console-kit';
import { useState } from 'react';

/**
 * A row of a table changed in a form shown above it: when the form opens its first field takes
 * the focus, and when it closes the row's « Modifier » button takes it back, so that keyboard and
 * screen-reader users keep their place (else the focus falls to the page). `area` goes on the
 * element that holds the form, `openerOf(id)` on each row's button.
 */
export function useRowEditor() {
  const [id, setId] = useState<string | null>(null);
  const { open, opener, area, show, hide } = useDisclosure();
  return {
    editing: open ? id : null,
    area,
    openerOf: (rowId: string) => (rowId === id ? opener : undefined),
    edit: (rowId: string) => {
      setId(rowId);
      show();
    },
    done: hide,
  };
}
