import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';

/** Cursor paging of the API's lists (`first`/`after`): the cursors of the pages already seen. */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return {
    after: cursors[cursors.length - 1] ?? null,
    isFirst: cursors.length === 1,
    next: (endCursor: string | null | undefined) => setCursors((c) => [...c, endCursor ?? null]),
    previous: () => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)),
    reset: () => setCursors([null]),
  };
}

export function Pager({ pages, pageInfo, label }: { pages: ReturnType<typeof useCursorPages>; pageInfo: { hasNextPage: boolean; endCursor?: string | null }; label: string }) {
  if (pages.isFirst && !pageInfo.hasNextPage) return null;
  return (
    <nav className="fr-btns-group fr-btns-group--inline-md" aria-label={`Pages — ${label}`}>
      <Button priority="secondary" disabled={pages.isFirst} onClick={pages.previous}>
        Page précédente
      </Button>
      <Button priority="secondary" disabled={!pageInfo.hasNextPage} onClick={() => pages.next(pageInfo.endCursor)}>
        Page suivante
      </Button>
    </nav>
  );
}
