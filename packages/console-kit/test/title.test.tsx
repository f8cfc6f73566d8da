import { render } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ModuleTitleScope, RouteTitle, usePageTitle } from '../src/title.js';

function Meeting({ title }: { title: string | undefined }) {
  usePageTitle(title);
  return <p>{title ?? 'Chargement…'}</p>;
}

describe('document titles', () => {
  it('names the route within its module, then the page’s own object once it is known, and gives the route’s back after', () => {
    document.title = 'Qualipref';
    const page = (title: string | undefined, shown = true) => (
      <ModuleTitleScope title="Comité local des usagers">
        <RouteTitle title="Réunion">{shown && <Meeting title={title} />}</RouteTitle>
      </ModuleTitleScope>
    );
    const { rerender } = render(page(undefined));
    expect(document.title).toBe('Réunion — Comité local des usagers — Qualipref');
    rerender(page('Réunion d’installation du CLU'));
    expect(document.title).toBe('Réunion d’installation du CLU — Comité local des usagers — Qualipref');
    rerender(page('Réunion d’installation du CLU', false));
    expect(document.title).toBe('Réunion — Comité local des usagers — Qualipref');
  });

  it('lets the page’s own title win when both are known at once (the route’s is set first)', () => {
    render(
      <ModuleTitleScope title="Comité local des usagers">
        <RouteTitle title="Comité">
          <Meeting title="Comité local des usagers de Metz" />
        </RouteTitle>
      </ModuleTitleScope>,
    );
    expect(document.title).toBe('Comité local des usagers de Metz — Comité local des usagers — Qualipref');
  });

  it('follows a route that changes', () => {
    function Switcher() {
      const [section, setSection] = useState('Propositions');
      return (
        <RouteTitle title={section}>
          <button type="button" onClick={() => setSection('Plan d’actions')}>
            changer
          </button>
        </RouteTitle>
      );
    }
    const { getByRole } = render(<Switcher />);
    expect(document.title).toBe('Propositions — Qualipref');
    getByRole('button').click();
    return new Promise<void>((resolve) =>
      setTimeout(() => {
        expect(document.title).toBe('Plan d’actions — Qualipref');
        resolve();
      }, 0),
    );
  });
});
