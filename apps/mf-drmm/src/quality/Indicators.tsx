import { useMutation } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { CsvImportForm, FormActions, FormOutcome, Table, formatCount, formatRate, plural, useDisclosure, useForm, useRowDisclosure, useTenantTime } from '@qualipref/console-kit';
import { useEffect, useRef, type FormEvent } from 'react';
import type { DrmmIndicatorValuesQuery, DrmmReferentialQuery, IndicatorSource, IndicatorUnit } from '../generated/graphql';
import { COMPUTE_INDICATOR_VALUES, ENTER_INDICATOR_VALUE, IMPORT_INDICATOR_VALUES } from './operations.js';

type Definition = NonNullable<DrmmReferentialQuery['referential']>['engagements']['nodes'][number]['indicators'][number];
type Value = NonNullable<DrmmIndicatorValuesQuery['indicatorValues']>['nodes'][number];
/** An indicator with the tenant's value of the period, when one is recorded. */
export type Indicator = Definition & { value: Value | null };

/** The queries of the page that recorded values change: the Label page's values unless told others (the quarter's draft publication). */
const refetching = (queries = ['DrmmIndicatorValues']) => ({ refetchQueries: queries, awaitRefetchQueries: true });

/** The period the Label page shows and records: the last year ended, on the tenant's calendar. */
export const usePeriod = () => String(Number(useTenantTime().today().slice(0, 4)) - 1);

export const SOURCE: Record<IndicatorSource, { label: string; severity: 'info' | 'new' | 'success' }> = {
  COMPUTED: { label: 'Calculé', severity: 'info' },
  IMPORTED: { label: 'Importé', severity: 'new' },
  ENTERED: { label: 'Saisi', severity: 'success' },
};

const UNIT_NAME: Record<IndicatorUnit, string> = {
  RATE: 'taux',
  SIGNED_RATE: 'écart de taux',
  WORKING_DAYS: 'jours ouvrés',
  RINGS: 'sonneries',
  COUNT: 'nombre',
  SCORE_10: 'note sur 10',
  MINUTES: 'minutes',
  BOOLEAN: 'atteint ou non',
};

const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

/** A value in its unit, as a person reads it: « 80,6 % », « 25 minutes », « atteint ». */
export function formatValue(value: number, unit: IndicatorUnit): string {
  switch (unit) {
    case 'RATE':
      return formatRate(value);
    case 'SIGNED_RATE':
      return `${value > 0 ? '+' : ''}${formatRate(value)}`;
    case 'BOOLEAN':
      return value === 1 ? 'Atteint' : 'Non atteint';
    case 'COUNT':
      return formatCount(value);
    case 'SCORE_10':
      return `${decimal.format(value)}/10`;
    case 'MINUTES':
      return `${decimal.format(value)} min`;
    case 'WORKING_DAYS':
      return `${decimal.format(value)} jours ouvrés`;
    case 'RINGS':
      return `${decimal.format(value)} sonneries`;
  }
}

export const targetText = (target: number | null | undefined, unit: IndicatorUnit) => (target == null ? 'Aucune' : unit === 'BOOLEAN' ? 'Atteint' : formatValue(target, unit));

/** Q1: a value entered by hand, in the indicator's unit (a rate as a percentage), with its source. */
function EnterValueForm({ indicator, period, onDone }: { indicator: Indicator; period: string; onDone(): void }) {
  const rate = indicator.unit === 'RATE' || indicator.unit === 'SIGNED_RATE';
  const lowest = indicator.unit === 'SIGNED_RATE' ? -100 : 0;
  const form = useForm({ value: indicator.value ? String(rate ? Math.round(indicator.value.value * 1000) / 10 : indicator.value.value).replace('.', ',') : '', origin: indicator.value?.origin ?? '', comment: '' });
  const [enter, { loading, error }] = useMutation(ENTER_INDICATOR_VALUE, refetching());
  const number = Number(form.fields.value.replace(/\s/g, '').replace(',', '.'));
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const valueProblem = !form.fields.value.trim() || Number.isNaN(number) ? 'Saisissez un nombre, par exemple 25 ou 80,5.' : rate && (number < lowest || number > 100) ? `Un ${UNIT_NAME[indicator.unit]} est compris entre ${lowest} et 100 %.` : number < lowest ? 'La valeur ne peut être négative.' : null;
    if (!form.check(event.currentTarget, { value: valueProblem, origin: form.fields.origin.trim() ? null : 'Indiquez d’où vient la valeur : un registre, un décompte, un rapport.' })) return;
    const input = { indicatorId: indicator.id, period, value: rate ? Number((number / 100).toPrecision(12)) : number, unit: indicator.unit, origin: form.fields.origin.trim(), comment: form.fields.comment.trim() || null };
    const result = await enter({ variables: { input } }).catch(() => null);
    if (result?.data) onDone();
  };
  const label = rate ? 'Valeur (%)' : indicator.unit === 'BOOLEAN' ? 'Valeur (1 si atteint, 0 sinon)' : `Valeur (${UNIT_NAME[indicator.unit]})`;
  return (
    <form onSubmit={submit} noValidate aria-label={`Saisir ${indicator.name} ${period}`} className="fr-p-2w fr-background-alt--grey fr-mb-2w">
      <FormOutcome error={error} failure="Valeur non enregistrée" />
      <Input label={label} {...form.input('value', { inputMode: 'decimal', required: true })} />
      <Input label="Source" hintText="Par exemple : registre du point numérique, 2025" {...form.input('origin', { required: true, maxLength: 500 })} />
      <Input label="Commentaire (facultatif)" {...form.textArea('comment', { rows: 2, maxLength: 2000 })} />
      <FormActions submit={loading ? 'Enregistrement…' : 'Enregistrer la valeur'} busy={loading} onCancel={onDone} />
    </form>
  );
}

/** Q1: an engagement's indicators with the tenant's value of the period, its source and who recorded it when. */
export function IndicatorTable({ indicators, period, viewerCanManage }: { indicators: Indicator[]; period: string; viewerCanManage: boolean }) {
  const time = useTenantTime();
  const entering = useRowDisclosure();
  const open = indicators.find((i) => i.id === entering.open);
  return (
    <>
      <Table caption={`Indicateurs ${period}`} headers={['Indicateur', `Valeur ${period}`, 'Cible nationale', 'Source', 'Origine', 'Relevé']}>
        {indicators.map((i) => (
          <tr key={i.id}>
            <th scope="row">
              {i.name}
              {i.published && <span className="fr-text--xs fr-mb-0 fr-hint-text">Publié chaque trimestre</span>}
            </th>
            <td>
              {i.value ? formatValue(i.value.value, i.unit) : 'Non relevé'}
              {i.value?.sampleSize != null && i.value.numerator != null && (i.unit === 'RATE' || i.unit === 'SIGNED_RATE') && <span className="fr-hint-text">{`${formatCount(i.value.numerator)} sur ${formatCount(i.value.sampleSize)}`}</span>}
            </td>
            <td>
              {targetText(i.target, i.unit)}
              {i.value?.targetMet != null && (
                <Badge as="span" small severity={i.value.targetMet ? 'success' : 'warning'}>
                  {i.value.targetMet ? 'Atteinte' : 'Non atteinte'}
                </Badge>
              )}
            </td>
            <td>
              {i.value ? (
                <Badge as="span" small noIcon severity={SOURCE[i.value.source].severity}>
                  {SOURCE[i.value.source].label}
                </Badge>
              ) : i.computation ? (
                'À calculer'
              ) : (
                'À importer ou saisir'
              )}
            </td>
            <td>{i.value ? `${i.value.origin}${i.value.formulaVersion && i.value.formulaVersion > 1 ? ` (formule du site, version ${i.value.formulaVersion})` : ''}` : '—'}</td>
            <td>
              {i.value ? `${i.value.recordedByName}, le ${time.formatShortDate(i.value.updatedAt)}` : '—'}
              {viewerCanManage && !i.computation && (
                <Button id={entering.openerId(i.id)} size="small" priority="tertiary" className="fr-mt-1w" onClick={() => entering.show(i.id)} disabled={entering.open === i.id} nativeButtonProps={{ 'aria-label': `Saisir ${i.name}` }}>
                  Saisir
                </Button>
              )}
            </td>
          </tr>
        ))}
      </Table>
      <div ref={entering.area}>{open && <EnterValueForm key={open.id} indicator={open} period={period} onDone={entering.hide} />}</div>
    </>
  );
}

/** The import's columns as the file names them, for its report. */
const CSV_FIELDS: Record<string, string> = {
  referential: 'Référentiel',
  indicator: 'Indicateur',
  period: 'Période',
  value: 'Valeur',
  unit: 'Unité',
  origin: 'Source',
  numerator: 'Numérateur',
  sampleSize: 'Effectif',
  comment: 'Commentaire',
};

/** Q1: values imported from another system's CSV (Je donne mon avis, the telephony's export). */
function ImportForm({ refetchQueries, onDone }: { refetchQueries?: string[]; onDone(): void }) {
  const [importCsv, { data, loading, error }] = useMutation(IMPORT_INDICATOR_VALUES, refetching(refetchQueries));
  return (
    <CsvImportForm
      title="Importer des indicateurs"
      hint="Colonnes séparées par des points-virgules : Référentiel ; Indicateur ; Période ; Valeur ; Unité ; Source ; Numérateur ; Effectif ; Commentaire. Par exemple : SERVICES_PUBLICS_PLUS_2023 ; DEMARCHES_EN_LIGNE_8_10 ; 2025 ; 78 % ; taux (de 0 à 1) ; Je donne mon avis, export 2025."
      columns={CSV_FIELDS}
      nouns={{ created: ['valeur créée', 'valeurs créées'], nothingChanged: 'aucune valeur n’a été modifiée' }}
      report={data?.importIndicatorValues}
      error={error}
      busy={loading}
      send={(csv, dryRun) => importCsv({ variables: { csv, dryRun } }).catch(() => null)}
      onDone={onDone}
    />
  );
}

/**
 * Q1: computes the period's indicators from the committees, surveys and delays, and imports the
 * others; for those who steer the label. A quarter is named in words (`periodLabel`, « 3e
 * trimestre 2026 »): « Calculer les indicateurs du 3e trimestre 2026 ».
 */
export function IndicatorActions({ period, periodLabel, refetchQueries }: { period: string; periodLabel?: string; refetchQueries?: string[] }) {
  const importing = useDisclosure();
  const [compute, { data, loading, error }] = useMutation(COMPUTE_INDICATOR_VALUES, refetching(refetchQueries));
  const results = data?.computeIndicatorValues;
  const said = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (results) said.current?.focus();
  }, [results]);
  const computed = results?.filter((r) => r.value) ?? [];
  const missing = results?.filter((r) => !r.value) ?? [];
  return (
    <div className="fr-mb-4w">
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
        <li>
          <Button iconId="fr-icon-refresh-line" onClick={() => void compute({ variables: { period } }).catch(() => null)} disabled={loading}>
            {loading ? 'Calcul en cours…' : `Calculer les indicateurs ${periodLabel ? `du ${periodLabel}` : period}`}
          </Button>
        </li>
        <li>
          <Button ref={importing.opener} priority="secondary" iconId="fr-icon-upload-line" onClick={importing.show} disabled={importing.open}>
            Importer des indicateurs (CSV)
          </Button>
        </li>
      </ul>
      <FormOutcome error={error} failure="Calcul impossible" />
      {results && (
        <div ref={said} tabIndex={-1}>
          <Alert
            severity={missing.length ? 'warning' : 'success'}
            small
            description={
              <>
                {`${plural(computed.length, 'indicateur calculé', 'indicateurs calculés')} pour ${periodLabel ? `le ${periodLabel}` : period}${missing.length ? `, ${missing.length} sans valeur :` : '.'}`}
                {missing.length > 0 && (
                  <ul>
                    {missing.map((r) => (
                      <li key={r.indicator.id}>{`${r.indicator.name} : ${r.reason}`}</li>
                    ))}
                  </ul>
                )}
              </>
            }
          />
        </div>
      )}
      <div ref={importing.area}>{importing.open && <ImportForm refetchQueries={refetchQueries} onDone={importing.hide} />}</div>
    </div>
  );
}
