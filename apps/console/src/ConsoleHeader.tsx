import { Header, type HeaderProps } from '@codegouvfr/react-dsfr/Header';
import { SkipLinks } from '@codegouvfr/react-dsfr/SkipLinks';

/** The skip links and the State's header of every page of the console, signed in or not. */
export function ConsoleHeader({ tagline, ...rest }: { tagline: string } & Pick<HeaderProps, 'homeLinkProps' | 'quickAccessItems' | 'navigation'>) {
  return (
    <>
      <SkipLinks
        links={[
          { anchor: '#contenu', label: 'Contenu' },
          { anchor: '#pied-de-page', label: 'Pied de page' },
        ]}
      />
      <Header
        brandTop={
          <>
            République
            <br />
            Française
          </>
        }
        serviceTitle="Qualipref"
        serviceTagline={tagline}
        {...rest}
      />
    </>
  );
}
