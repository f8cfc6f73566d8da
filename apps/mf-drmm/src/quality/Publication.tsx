import { useMutation, useQuery } from '@apollo/client/react';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { FormActions, FormOutcome, Loading, Table, formatCount, plural, useDisclosure, useForm, useTenantTime } from '@qualipref/console-kit';
import { Fragment, useEffect, useRef, useState, type FormEvent } from 'react';
import type { DrmmPublicationDraftQuery, DrmmPublicationsQuery } from '../generated/graphql';
import { IndicatorActions, SOURCE, formatValue, targetText } from './Indicators.js';
import { CORRECT_PUBLICATION, PUBLICATIONS, PUBLICATION_DRAFT, PUBLISH_QUARTER } from './operations.js';

type Draft = NonNullable<DrmmPublicationDraftQuery['publicationDraft']>;
type Version = NonNullable<DrmmPublicationsQuery['publications']>['nodes'][number];

// What a publication changes: the draft (its version in force) and the versions' list.
const REFETCH = { refetchQueries: ['DrmmPublicationDraft', 'DrmmPublications'], awaitRefetchQueries: true };

/** « 3e trimestre 2026 », « 1er trimestre 2027 » for 2026-T3, 2027-T1 (the API's `label` says the same once asked). */
export function quarterLabel(quarter: string): string {
  const [year, n] = quarter.split('-T');
  return `${n === '1' ? '1er' : `${n}e`} trimestre ${year}`;
}

/** The quarters ended by `today`, the last one first: 2026-T3, 2026-T2… on 3 December 2026. */
export function endedQuarters(today: string, count: number): string[] {
  const year = Number(today.slice(0, 4));
  const current = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  return Array.from({ length: count }, (_, i) => {
    const index = year * 4 + current - 1 - i;
    return `${Math.floor(index / 4)}-T${(index % 4) + 1}`;
  });
}

/** The first day a quarter's figures may be cut off: the day after its last. */
function dayAfter(quarter: string): string {
  const [year, n] = quarter.split('-T').map(Number) as [number, number];
  return n === 4 ? `${year + 1}-01-01` : `${year}-${String(n * 3 + 1).padStart(2, '0')}-01`;
}

/** A version's public documents, as `openData` gives their paths: the hall's poster first. */
const DOCUMENTS = [
  { key: 'posterA4', label: 'Affiche A4', detail: 'PDF' },
  { key: 'posterA3', label: 'Affiche A3', detail: 'PDF' },
  { key: 'csv', label: 'Données', detail: 'CSV' },
  { key: 'json', label: 'Données', detail: 'JSON' },
] as const satisfies { key: keyof Omit<Version['openData'], '__typename'>; label: string; detail: string }[];

/** A public document of a version: a plain link, readable without sign-in. */
function DocumentLink({ href, label, detail, version }: { href: string; label: string; detail: string; version: number }) {
  return (
    <a className="fr-link fr-link--sm fr-link--download" href={href} download>
      {label}
      <span className="fr-sr-only">{` de la version ${version}`}</span>
      <span className="fr-link__detail">{detail}</span>
    </a>
  );
}

/** Q6: the quarter's published versions, the one in force and those it replaced, each with its public documents. */
function Versions({ tenantId, quarter, publicUrl }: { tenantId: string; quarter: string; publicUrl(path: string): string }) {
  const time = useTenantTime();
  const { data, error } = useQuery(PUBLICATIONS, { variables: { tenantId, quarter }, fetchPolicy: 'cache-and-network' });
  const label = quarterLabel(quarter);
  return (
    <section aria-labelledby="versions-titre" className="fr-mb-4w">
      <h3 id="versions-titre">Résultats publiés — {label}</h3>
      <FormOutcome error={error} failure="Publications illisibles" />
      {!data && !error && <Loading />}
      {data?.publications && (
        <Table caption={`Versions publiées du ${label}`} headers={['Version', 'État', 'Publiée', 'Date d’arrêté des chiffres', 'Motif de la correction', 'Documents publics']} empty={`Les résultats du ${label} ne sont pas encore publiés.`}>
          {data.publications.nodes.map((v: Version) => (
            <tr key={v.id} data-version={v.version}>
              <th scope="row">Version {v.version}</th>
              <td>
                {v.status === 'IN_FORCE' ? (
                  <Badge as="span" small severity="success" noIcon>
                    En vigueur
                  </Badge>
                ) : (
                  <>
                    <Badge as="span" small noIcon>
                      Remplacée
                    </Badge>
                    {v.replacedAt && <span className="fr-hint-text">le {time.formatDateTime(v.replacedAt)}</span>}
                  </>
                )}
              </td>
              <td>
                le {time.formatDateTime(v.publishedAt)}, par {v.publishedByName}
              </td>
              <td>{time.formatDate(v.cutOffDate)}</td>
              <td>{v.correctionReason ?? '—'}</td>
              <td>
                <ul className="fr-raw-list">
                  {DOCUMENTS.map(({ key, label, detail }) => (
                    <li key={key}>
                      <DocumentLink href={publicUrl(v.openData[key])} label={label} detail={detail} version={v.version} />
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}

/** The figures publishing would freeze now, beside those of the version in force when there is one. */
function DraftTable({ draft }: { draft: Draft }) {
  const time = useTenantTime();
  const current = draft.current;
  const published = new Map(current?.figures.map((f) => [f.code, f.value]) ?? []);
  const headers = ['Indicateur', ...(current ? [`Version ${current.version} publiée`] : []), 'Valeur relevée', 'Cible nationale', 'Source', 'Remarque'];
  return (
    <Table caption={`Chiffres du ${draft.label} arrêtés au ${time.formatDate(draft.cutOffDate)}`} headers={headers} empty="Les référentiels du site ne retiennent aucun indicateur pour la publication.">
      {draft.figures.map(({ indicator: i, value, recordedAfterCutOff }) => {
        const before = published.get(i.code);
        const changed = current !== null && (before ?? null) !== (value?.value ?? null);
        return (
          <tr key={i.id}>
            <th scope="row">
              {i.name}
              <span className="fr-hint-text">
                {i.engagement.referential.name} {i.engagement.referential.version}
              </span>
            </th>
            {current && <td>{before == null ? 'Non disponible' : formatValue(before, i.unit)}</td>}
            <td>
              {value ? formatValue(value.value, i.unit) : 'Non disponible'}
              {value?.sampleSize != null && value.numerator != null && (i.unit === 'RATE' || i.unit === 'SIGNED_RATE') && <span className="fr-hint-text">{`${formatCount(value.numerator)} sur ${formatCount(value.sampleSize)}`}</span>}
            </td>
            <td>{targetText(i.target, i.unit)}</td>
            <td>
              {value ? (
                <>
                  <Badge as="span" small noIcon severity={SOURCE[value.source].severity}>
                    {SOURCE[value.source].label}
                  </Badge>
                  <span className="fr-hint-text">{value.origin}</span>
                </>
              ) : (
                '—'
              )}
            </td>
            <td>
              {recordedAfterCutOff && <span className="fr-mb-0">Relevée après la date d’arrêté : publiée « non disponible »</span>}
              {changed && <span className={recordedAfterCutOff ? 'fr-hint-text' : undefined}>{`Modifiée depuis la version ${current.version}`}</span>}
              {!recordedAfterCutOff && !changed && '—'}
            </td>
          </tr>
        );
      })}
    </Table>
  );
}

/** « Valider et publier », then a confirmation that says the publication is public and final. */
function PublishAction({ draft, onPublished }: { draft: Draft; onPublished(version: number): void }) {
  const time = useTenantTime();
  const [confirming, setConfirming] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const confirmation = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  const [publish, { loading, error }] = useMutation(PUBLISH_QUARTER, REFETCH);
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    (confirming ? confirmation.current : opener.current)?.focus();
  }, [confirming]);
  const toggle = (next: boolean) => {
    moved.current = true;
    setConfirming(next);
  };
  const missing = draft.figures.filter((f) => !f.value).length;
  const confirm = async () => {
    const result = await publish({ variables: { input: { quarter: draft.quarter, cutOffDate: draft.cutOffDate } } }).catch(() => null);
    if (result?.data) onPublished(result.data.publishQuarter.version);
  };
  return (
    <div className="fr-mt-3w">
      <FormOutcome error={error} failure="Publication refusée" />
      {confirming ? (
        <div ref={confirmation} tabIndex={-1} role="group" aria-labelledby="publier-titre" aria-describedby="publier-texte" className="fr-callout fr-callout--yellow-tournesol">
          <p id="publier-titre" className="fr-callout__title">
            Publier les résultats du {draft.label} ?
          </p>
          <p id="publier-texte" className="fr-callout__text">
            La publication est publique et définitive : les chiffres ci-dessus, arrêtés au {time.formatDate(draft.cutOffDate)}, seront lisibles par tous, sans connexion (affiche du hall
            d’accueil, données ouvertes CSV et JSON). Ils ne pourront plus être retirés : seule une correction, avec son motif, les remplacera, et cette version restera lisible,
            marquée remplacée.
            {missing > 0 && ` ${plural(missing, 'indicateur sera publié', 'indicateurs seront publiés')} « non disponible ».`}
          </p>
          <ul className="fr-btns-group fr-btns-group--inline-md">
            <li>
              <Button onClick={() => void confirm()} disabled={loading}>
                {loading ? 'Publication…' : 'Confirmer la publication'}
              </Button>
            </li>
            <li>
              <Button priority="secondary" onClick={() => toggle(false)}>
                Annuler
              </Button>
            </li>
          </ul>
        </div>
      ) : (
        <Button ref={opener} iconId="fr-icon-send-plane-line" onClick={() => toggle(true)}>
          Valider et publier
        </Button>
      )}
    </div>
  );
}

/** « Publier une correction »: a new version from the figures above, with its reason, which the public pages show. */
function CorrectionForm({ draft, publicationId, version, onDone, onCorrected }: { draft: Draft; publicationId: string; version: number; onDone(): void; onCorrected(version: number): void }) {
  const form = useForm({ reason: '' });
  const [correct, { loading, error }] = useMutation(CORRECT_PUBLICATION, REFETCH);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!form.check(event.currentTarget, { reason: form.fields.reason.trim() ? null : 'Indiquez le motif de la correction : il est publié avec elle.' })) return;
    const result = await correct({ variables: { input: { publicationId, reason: form.fields.reason.trim(), cutOffDate: draft.cutOffDate } } }).catch(() => null);
    if (result?.data) onCorrected(result.data.correctPublication.version);
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Publier une correction" className="fr-p-2w fr-background-alt--grey fr-mb-2w">
      <FormOutcome error={error} failure="Correction refusée" />
      <p>
        La correction est publiée aussitôt, avec les chiffres ci-dessus : elle remplace la version {version}, qui reste lisible, marquée remplacée, avec ce motif.
      </p>
      <Input label="Motif de la correction" hintText="Affiché sur l’affiche et dans les données ouvertes, par exemple : relevé de la téléphonie corrigé." {...form.textArea('reason', { rows: 3, required: true, maxLength: 2000 })} />
      <FormActions submit={loading ? 'Publication…' : 'Publier la correction'} busy={loading} onCancel={onDone} />
    </form>
  );
}

/** The quarter's draft: compute its indicators, check its figures, publish it or correct it (for who may, as the API says). */
function QuarterDraft({ quarter, cutOffDate }: { quarter: string; cutOffDate: string | null }) {
  const time = useTenantTime();
  // What publishing would freeze now: asked again each time the page or « Afficher les chiffres » asks.
  const { data, error } = useQuery(PUBLICATION_DRAFT, { variables: { quarter, cutOffDate }, fetchPolicy: 'cache-and-network' });
  const correcting = useDisclosure();
  const [done, setDone] = useState<string | null>(null);
  const draft = data?.publicationDraft;
  return (
    <section aria-labelledby="projet-titre" className="fr-mb-4w">
      <h3 id="projet-titre">Chiffres relevés — {quarterLabel(quarter)}</h3>
      <FormOutcome error={error} failure="Chiffres indisponibles" success={done} />
      {!draft && !error && <Loading />}
      {draft && (
        <>
          {draft.viewerCanPublish && <IndicatorActions period={draft.quarter} periodLabel={draft.label} refetchQueries={['DrmmPublicationDraft']} />}
          <p>
            {draft.current
              ? `Les valeurs relevées au plus tard le ${time.formatDate(draft.cutOffDate)}, comparées à la version ${draft.current.version} en vigueur : une correction publierait celles-ci.`
              : `Les valeurs relevées au plus tard le ${time.formatDate(draft.cutOffDate)} : ce sont elles que la publication fige. Une valeur relevée ou modifiée après ce jour n’est pas publiée.`}
          </p>
          <DraftTable draft={draft} />
          {draft.viewerCanPublish && !draft.current && <PublishAction draft={draft} onPublished={(v) => setDone(`Résultats du ${draft.label} publiés : version ${v} en vigueur.`)} />}
          {draft.viewerCanPublish && draft.current && (
            <div className="fr-mt-3w">
              <div ref={correcting.area}>
                {correcting.open && (
                  <CorrectionForm
                    draft={draft}
                    publicationId={draft.current.id}
                    version={draft.current.version}
                    onDone={correcting.hide}
                    onCorrected={(v) => {
                      // What was published takes the focus, not the button.
                      correcting.dismiss();
                      setDone(`Correction publiée : version ${v} en vigueur, la version ${v - 1} est remplacée.`);
                    }}
                  />
                )}
              </div>
              {!correcting.open && (
                <Button ref={correcting.opener} priority="secondary" iconId="fr-icon-edit-line" onClick={correcting.show}>
                  Publier une correction
                </Button>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}

/**
 * Q6 « Transparence »: the quarter's public results, validated and published by the manager
 * steering the label, then corrected by new versions; their public documents. The draft is the
 * signed-in user's own site's (the API prepares no other), the versions are the viewed site's.
 */
export function QuarterlyPublication({ tenantId, ownTenant, publicUrl }: { tenantId: string; ownTenant: boolean; publicUrl(path: string): string }) {
  const time = useTenantTime();
  const today = time.today();
  const quarters = endedQuarters(today, 8);
  const form = useForm({ quarter: quarters[0]!, cutOffDate: today });
  // `asked` counts the requests: the same quarter asked again reads its figures again.
  const [chosen, setChosen] = useState({ quarter: quarters[0]!, cutOffDate: today as string | null, asked: 0 });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!form.check(event.currentTarget)) return;
    setChosen((c) => ({ quarter: form.fields.quarter, cutOffDate: form.fields.cutOffDate || null, asked: c.asked + 1 }));
  };
  return (
    <section aria-labelledby="publication-titre">
      <h2 id="publication-titre">Publication trimestrielle</h2>
      <p>
        Chaque trimestre, les résultats des indicateurs que les référentiels du label retiennent pour la publication sont affichés dans le hall d’accueil et publiés en données ouvertes. Le
        responsable de la direction qui pilote le label les vérifie, les valide et les publie ; une erreur se corrige par une nouvelle version, l’ancienne restant lisible.
      </p>
      <form onSubmit={submit} noValidate aria-label="Trimestre et date d’arrêté" className="fr-mb-4w">
        <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
          <Select className="fr-col-12 fr-col-md-4" label="Trimestre" {...form.select('quarter', { required: true })}>
            {quarters.map((q) => (
              <option key={q} value={q}>
                {quarterLabel(q)}
              </option>
            ))}
          </Select>
          <Input
            className="fr-col-12 fr-col-md-4"
            label="Date d’arrêté des chiffres (facultatif)"
            hintText="Les valeurs relevées jusqu’à la fin de ce jour ; aujourd’hui si vide."
            {...form.input('cutOffDate', { type: 'date', min: dayAfter(form.fields.quarter), max: today })}
          />
          <div className="fr-col-12 fr-col-md-4 fr-mb-3w">
            <Button type="submit" priority="secondary">
              Afficher les chiffres
            </Button>
          </div>
        </div>
      </form>
      <Fragment key={chosen.asked}>
        <Versions tenantId={tenantId} quarter={chosen.quarter} publicUrl={publicUrl} />
        {ownTenant ? <QuarterDraft quarter={chosen.quarter} cutOffDate={chosen.cutOffDate} /> : <p>Les chiffres à publier se vérifient et se publient depuis le site concerné, par le responsable qui pilote son label.</p>}
      </Fragment>
    </section>
  );
}
