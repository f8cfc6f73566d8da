import { useEffect, useRef, useState } from 'react';

const FIELD = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled])';

/**
 * A button that opens a form in its place: when the form opens, its first field takes the focus;
 * when it closes, the button takes it back, so that keyboard and screen-reader users keep their
 * place. `opener` goes on the button, `area` on the element that holds the form; `dismiss` closes
 * it and leaves the focus where what the form did is said.
 */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const moved = useRef(false);
  const opener = useRef<HTMLButtonElement>(null);
  const area = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    if (open) area.current?.querySelector<HTMLElement>(FIELD)?.focus();
    else opener.current?.focus();
  }, [open]);
  const toggle = (next: boolean) => {
    moved.current = true;
    setOpen(next);
  };
  // `dismiss` closes it without giving the button the focus: for a form whose outcome, said elsewhere, takes it (FormOutcome).
  return { open, opener, area, show: () => toggle(true), hide: () => toggle(false), dismiss: () => setOpen(false) };
}
