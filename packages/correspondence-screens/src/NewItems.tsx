import { useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Loading, errorMessage, useTenantTime } from '@qualipref/console-kit';
import { useEffect, useRef, useState } from 'react';
import { GedImportForm, GedImportSummary, type GedImportReport } from './GedImport.js';
import { DIRECTORATE_SERVICES } from './queries.js';
import { RegisterItemForm, type RegisteredItem } from './RegisterItem.js';

type Outcome = { kind: 'registered'; item: RegisteredItem } | { kind: 'imported'; report: GedImportReport };

/**
 * R1: new items of the directorate, registered one by one or imported from the GED, for those who
 * may write for it. The services are asked for only once a form is opened.
 */
export function NewItems({ directorateId }: { directorateId: string }) {
  const time = useTenantTime();
  const [open, setOpen] = useState<'register' | 'import' | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // Where the focus goes once a form closes: its outcome, or back to the button that opened it.
  const [focus, setFocus] = useState<{ to: 'outcome' | 'register' | 'import' } | null>(null);
  const said = useRef<HTMLDivElement>(null);
  const buttons = { register: useRef<HTMLButtonElement>(null), import: useRef<HTMLButtonElement>(null) };
  const { data, error, loading } = useQuery(DIRECTORATE_SERVICES, { variables: { directorateId }, skip: !open });
  const services = data?.services?.nodes.filter((s) => s.active) ?? [];
  const start = (form: 'register' | 'import') => {
    setOutcome(null);
    setOpen(form);
  };
  const finish = (result: Outcome | null) => {
    setOutcome(result);
    setFocus({ to: result ? 'outcome' : (open ?? 'register') });
    setOpen(null);
  };
  useEffect(() => {
    if (!focus) return;
    // The refs are stable: the effect follows each closing.
    (focus.to === 'outcome' ? said.current : buttons[focus.to].current)?.focus();
  }, [focus]);
  return (
    <section aria-labelledby="nouveaux-courriers-titre" className="fr-mb-4w">
      <h2 id="nouveaux-courriers-titre" className="fr-h4">
        Nouveaux courriers
      </h2>
      <div ref={said} tabIndex={-1}>
        {outcome?.kind === 'registered' && (
          <Alert
            severity="success"
            title="Courrier enregistré"
            description={
              outcome.item.dueDate && outcome.item.delayTarget
                ? `« ${outcome.item.subject} » est à traiter au plus tard le ${time.formatDate(outcome.item.dueDate)} (${outcome.item.delayTarget.label}).`
                : `« ${outcome.item.subject} » est enregistré sans délai d’engagement : aucun engagement de service ne fixe de délai de réponse pour ce canal à cette date.`
            }
            className="fr-mb-2w"
          />
        )}
        {outcome?.kind === 'imported' && <GedImportSummary outcome={outcome.report} />}
      </div>
      {/* The buttons stay where they are, so that the focus does not get lost when a form opens. */}
      <div className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
        <Button ref={buttons.register} iconId="fr-icon-add-line" onClick={() => start('register')} nativeButtonProps={{ 'aria-expanded': open === 'register' }}>
          Enregistrer un courrier
        </Button>
        <Button ref={buttons.import} priority="secondary" iconId="fr-icon-upload-line" onClick={() => start('import')} nativeButtonProps={{ 'aria-expanded': open === 'import' }}>
          Importer un export de la GED (CSV)
        </Button>
      </div>
      {open && loading && <Loading label="Chargement des services…" />}
      {open && error && <Alert severity="error" title="Services indisponibles" description={errorMessage(error)} />}
      {open && data && services.length === 0 && (
        <>
          <Alert severity="info" small description="Cette direction n’a aucun service ouvert auquel rattacher un courrier." className="fr-mb-2w" />
          <Button priority="secondary" onClick={() => finish(null)}>
            Fermer
          </Button>
        </>
      )}
      {open === 'register' && data && services.length > 0 && <RegisterItemForm services={services} onSaved={(item) => finish({ kind: 'registered', item })} onCancel={() => finish(null)} />}
      {open === 'import' && data && services.length > 0 && <GedImportForm services={services} onImported={(report) => finish({ kind: 'imported', report })} onCancel={() => finish(null)} />}
    </section>
  );
}
