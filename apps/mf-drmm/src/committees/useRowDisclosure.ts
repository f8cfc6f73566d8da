import { useEffect, useId, useRef, useState } from 'react';

const FIELD = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled])';

/**
 * useDisclosure for the rows of a list, one form open at a time: its first field takes the focus,
 * and once it closes the row's button takes it back. The button of a row is found by its id
 * (`openerId(row)`), since the row may have moved (a card changing column) while its form was open.
 */
export function useRowDisclosure() {
  const prefix = useId();
  const [open, setOpen] = useState<string | null>(null);
  const moved = useRef<string | null>(null);
  const area = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const row = moved.current;
    if (row === null) return;
    moved.current = null;
    if (open !== null) area.current?.querySelector<HTMLElement>(FIELD)?.focus();
    else document.getElementById(`${prefix}-${row}`)?.focus();
  }, [open, prefix]);
  const toggle = (row: string | null) => {
    moved.current = row ?? open;
    setOpen(row);
  };
  return { open, area, openerId: (row: string) => `${prefix}-${row}`, show: (row: string) => toggle(row), hide: () => toggle(null) };
}
