import { useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Loading, Table, Pager, errorMessage, formatShortDate, useCursorPages } from '@qualipref/console-kit';
import { LITIGATION_CASES } from './queries.js';

function OnTime({ value }: { value: boolean | null | undefined }) {
  if (value == null) return <span>en cours</span>;
  return (
    <Badge as="span" severity={value ? 'success' : 'error'} small noIcon>
      {value ? 'dans le délai' : 'hors délai'}
    </Badge>
  );
}

/** R3: litigation cases with their delays measured against the targets. */
export function Litigation({ tenantId }: { tenantId: string }) {
  const pages = useCursorPages();
  const { data, error, loading } = useQuery(LITIGATION_CASES, { variables: { tenantId, after: pages.after } });
  if (loading && !data) return <Loading />;
  if (error) return <Alert severity="error" title="Contentieux indisponible" description={errorMessage(error)} />;
  if (!data) return null;
  const { nodes, totalCount, pageInfo } = data.litigationCases;
  return (
    <section aria-labelledby="contentieux-titre">
      <h2 id="contentieux-titre">Contentieux</h2>
      <Table caption={`Affaires (${totalCount}) — délais en jours calendaires`} headers={['Affaire', 'Saisine', 'Mémoire produit', 'Audience', 'Décision', 'Délai de production', 'Délai de jugement']}>
        {nodes.map((c) => (
          <tr key={c.id}>
            <th scope="row">
              {c.reference}
              <br />
              <span className="fr-text--sm">
                {c.subject}
                {c.court ? ` — ${c.court}` : ''}
              </span>
            </th>
            <td>{formatShortDate(c.requestedAt)}</td>
            <td>{formatShortDate(c.filedAt)}</td>
            <td>{formatShortDate(c.hearingAt)}</td>
            <td>{formatShortDate(c.decidedAt)}</td>
            <td>
              {c.daysToFiling ?? '—'} j / {c.filingTargetDays} j <OnTime value={c.filingOnTime} />
            </td>
            <td>
              {c.daysToDecision ?? '—'} j / {c.decisionTargetDays} j <OnTime value={c.decisionOnTime} />
            </td>
          </tr>
        ))}
      </Table>
      <Pager pages={pages} pageInfo={pageInfo} label="affaires" />
    </section>
  );
}
