import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { Loading } from './SessionGate.js';
import { ModuleTitleScope } from './title.js';

export interface ModuleSection {
  /** Relative to the module's root; '' for its first page. */
  to: string;
  label: string;
}

/** A directorate module's title and its sections as a second navigation level; a page fetched on demand shows a loading line under them. */
export function ModuleLayout({ title, sections }: { title: string; sections: ModuleSection[] }) {
  return (
    <>
      <h1>{title}</h1>
      {sections.length > 1 && (
        <nav className="fr-mb-3w" aria-label={`Rubriques — ${title}`}>
          <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm">
            {sections.map((s) => (
              <li key={s.to}>
                <NavLink to={s.to === '' ? '.' : s.to} end className={({ isActive }) => `fr-btn fr-btn--sm ${isActive ? '' : 'fr-btn--tertiary'}`}>
                  {s.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <ModuleTitleScope title={title}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </ModuleTitleScope>
    </>
  );
}
