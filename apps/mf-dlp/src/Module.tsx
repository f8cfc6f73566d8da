import { ModuleLayout, RemoteRouter, RouteTitle, type RemoteModuleProps } from '@qualipref/console-kit';
import { CorrespondencePage } from '@qualipref/correspondence-screens';
import { Route, Routes } from 'react-router';

/** The DLP module: its tableau de suivi and its items (the shared correspondence screens). */
export default function DlpModule({ tenantId, basePath, location, navigate, timeZone }: RemoteModuleProps) {
  return (
    <RemoteRouter basePath={basePath} location={location} navigate={navigate} timeZone={timeZone}>
      <Routes>
        <Route element={<ModuleLayout title="Direction des libertés publiques" sections={[]} />}>
          <Route index element={<RouteTitle title="Tableau de suivi et courriers"><CorrespondencePage directorateCode="DLP" tenantId={tenantId} /></RouteTitle>} />
        </Route>
      </Routes>
    </RemoteRouter>
  );
}
