import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useEffect, useRef } from 'react';
import { errorMessage } from './errors.js';

/**
 * What a sent form says, where the focus goes once it is said: its failure (« Comité non créé : … »)
 * or what was done (« Présences enregistrées. »). Without it the focus stays on the button, and
 * the message, shown at the top of a long form, is out of view and unheard. A small alert: no
 * title, so the page's headings keep their order.
 */
export function FormOutcome({ error, failure, success, className = 'fr-mb-2w' }: { error?: unknown; failure: string; success?: string | null; className?: string }) {
  const area = useRef<HTMLDivElement>(null);
  const said = error ? `${failure} : ${errorMessage(error)}` : (success ?? null);
  useEffect(() => {
    if (said) area.current?.focus();
  }, [said, error]);
  if (!said) return null;
  return (
    <div ref={area} tabIndex={-1} className={className}>
      <Alert severity={error ? 'error' : 'success'} small description={said} />
    </div>
  );
}
