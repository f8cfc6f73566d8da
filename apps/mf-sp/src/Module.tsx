import { ModuleLayout, RemoteRouter, RouteTitle, type RemoteModuleProps } from '@qualipref/console-kit';
import { CorrespondencePage } from '@qualipref/correspondence-screens';
import { Route, Routes } from 'react-router';

/** The secretariats of the sous-préfectures: one per tenant, each under its own code. */
const SECRETARIATS = ['SPF', 'SPT'];

/**
 * The sous-préfecture's module: the tableau de suivi and the items of its secretariat général,
 * which registers and answers the letters, e-mails and calls of its bureaux (the shared
 * correspondence screens).
 */
export default function SousPrefectureModule({ tenantId, basePath, location, navigate, timeZone }: RemoteModuleProps) {
  return (
    <RemoteRouter basePath={basePath} location={location} navigate={navigate} timeZone={timeZone}>
      <Routes>
        <Route element={<ModuleLayout title="Courrier de la sous-préfecture" sections={[]} />}>
          <Route index element={<RouteTitle title="Tableau de suivi et courriers"><CorrespondencePage directorateCode={SECRETARIATS} tenantId={tenantId} /></RouteTitle>} />
        </Route>
      </Routes>
    </RemoteRouter>
  );
}
