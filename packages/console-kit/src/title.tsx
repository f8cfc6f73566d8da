import { createContext, useContext, useEffect, useLayoutEffect, type ReactNode } from 'react';

// Every page has its own document title (RGAA 8.6), the most specific part first:
// « Réunion d’installation — Comité local des usagers — Qualipref ».

const ModuleTitle = createContext<string | null>(null);

const compose = (parts: readonly (string | null | undefined)[]) => [...parts.filter((p): p is string => !!p), 'Qualipref'].join(' — ');

/** Gives the module's title to the titles of the pages below it. */
export function ModuleTitleScope({ title, children }: { title: string; children: ReactNode }) {
  return <ModuleTitle.Provider value={title}>{children}</ModuleTitle.Provider>;
}

/**
 * The title of a route, within its module: set in a layout effect, which runs before the passive
 * effects of the page below, so that a page's own {@link usePageTitle} comes last and wins.
 */
export function RouteTitle({ title, children }: { title: string; children: ReactNode }) {
  const module = useContext(ModuleTitle);
  const text = compose([title, module]);
  useLayoutEffect(() => {
    document.title = text;
  }, [text]);
  return children;
}

/** A page's own title (an object's name once loaded, say), over its route's, given back when the page goes; nothing while its parts are unknown. */
export function usePageTitle(...parts: (string | null | undefined)[]) {
  const module = useContext(ModuleTitle);
  const known = parts.some((p) => !!p);
  const text = compose([...parts, module]);
  useEffect(() => {
    if (!known) return;
    const previous = document.title;
    document.title = text;
    return () => {
      document.title = previous;
    };
  }, [known, text]);
}
