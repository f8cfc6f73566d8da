import 'graphiql/setup-workers/webpack';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import type { Session } from '@qualipref/console-kit';
import { GraphiQL } from 'graphiql';
import { useMemo, useRef, type KeyboardEvent } from 'react';
import './analyst.css';

/** Saved queries from the domain, opened as tabs; the analyst edits them or writes their own. */
function examples(tenantId: string) {
  const year = new Date().getFullYear() - 1;
  return [
    {
      query: `# Tableau de suivi (R1) de chaque direction du site consulté, sur une année
query TableauDesDirections($tenantId: ID!, $from: String!, $to: String!) {
  directorates(tenantId: $tenantId, first: 50) {
    nodes {
      code
      name
      correspondenceTableau(from: $from, to: $to) {
        total { received answered onTimeRate medianDelayWorkingDays p90DelayWorkingDays backlog overdue }
        byChannel { channel received onTimeRate }
      }
    }
  }
}`,
      variables: JSON.stringify({ tenantId, from: `${year}-01-01`, to: `${year}-12-31` }, null, 2),
    },
    {
      query: `# Actions des plans d'actions (C7) : direction pilote, échéance, avancement, origine
query ActionsDuPlan {
  actionPlans(first: 10) {
    nodes {
      year
      title
      actions(first: 100) {
        nodes { reference title status progress dueDate overdue ownerDirectorate { code } originKind originProposal { text } }
      }
    }
  }
}`,
    },
    {
      query: `# Résultats des enquêtes (S3) : satisfaction par dimension, comparée à l'enquête précédente
query ResultatsDesEnquetes($tenantId: ID) {
  campaigns(tenantId: $tenantId, first: 10) {
    nodes {
      year
      title
      results {
        baseline
        respondents
        comparedTo { year title }
        dimensions { label satisfaction { rate lower upper withOpinion } comparison { trend difference } }
      }
    }
  }
}`,
      variables: JSON.stringify({ tenantId }, null, 2),
    },
    {
      query: `# Actes au contrôle de légalité (R3) : information préalable de l'élu et délai de déféré
query ControleDeLegalite {
  legalityControls(first: 50) {
    nodes { collectiviteName actKind receivedAt electedOfficialInformedAt recoursSentAt electedOfficialInformedFirst referralDeadline referralState }
  }
}`,
    },
  ];
}

/** GraphiQL on the gateway, with the signed-in user's token (their rights, their tenants). */
export default function AnalystPage({ gatewayUrl, session, tenantId }: { gatewayUrl: string; session: Session; tenantId: string }) {
  const fetcher = useMemo(
    () =>
      createGraphiQLFetcher({
        url: gatewayUrl,
        // The token is read at each request: it is the current one, not the one of the first display.
        fetch: async (input, init) => {
          const headers = new Headers(init?.headers);
          const token = await session.freshToken();
          if (token) headers.set('authorization', `Bearer ${token}`);
          return fetch(input, { ...init, headers });
        },
      }),
    [gatewayUrl, session],
  );
  const tabs = useMemo(() => examples(tenantId), [tenantId]);
  const before = useRef<HTMLAnchorElement>(null);
  const after = useRef<HTMLParagraphElement>(null);
  // The editor keeps Tab for indenting: F6 leaves it forward, Shift+F6 backward, as between the panes of an application.
  const leave = (event: KeyboardEvent) => {
    if (event.key !== 'F6') return;
    event.preventDefault();
    event.stopPropagation();
    (event.shiftKey ? before : after).current?.focus();
  };
  return (
    <>
      <h1>Requêtes GraphQL</h1>
      <p>
        Interrogez la plateforme avec vos droits : exemples enregistrés dans les onglets ci-dessous. Les erreurs portent un code stable (<code>extensions.code</code>).
      </p>
      <p id="editeur-clavier" className="fr-text--sm">
        Au clavier : dans l’éditeur, la touche Tabulation insère une indentation. Pour en sortir, appuyez sur <kbd>F6</kbd> (<kbd>Maj</kbd>+<kbd>F6</kbd> pour revenir avant l’éditeur), ou sur <kbd>Ctrl</kbd>+<kbd>M</kbd> pour que Tabulation passe d’un
        élément à l’autre. L’interface de l’éditeur est en anglais.
      </p>
      <a ref={before} href="#apres-editeur" className="fr-link fr-mb-2w">
        Passer l’éditeur de requêtes
      </a>
      <div lang="en" className="qp-graphiql" onKeyDownCapture={leave} aria-describedby="editeur-clavier">
        {/* GraphiQL (5.4) opens the first tab with its query but not its variables, which it takes from `initialVariables` alone: given both, the first saved query opens with its own. */}
        <GraphiQL fetcher={fetcher} defaultTabs={tabs} initialQuery={tabs[0]!.query} initialVariables={tabs[0]!.variables} />
      </div>
      <p ref={after} id="apres-editeur" tabIndex={-1} className="fr-text--sm fr-mt-1w">
        Fin de l’éditeur de requêtes.
      </p>
    </>
  );
}
