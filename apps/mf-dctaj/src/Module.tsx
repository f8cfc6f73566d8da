import { ModuleLayout, RemoteRouter, RouteTitle, type RemoteModuleProps } from '@qualipref/console-kit';
import { CorrespondencePage } from '@qualipref/correspondence-screens';
import { Route, Routes } from 'react-router';
import { Appointments } from './Appointments.js';
import { LegalityControls } from './LegalityControls.js';
import { Litigation } from './Litigation.js';

const SECTIONS = [
  { to: '', label: 'Tableau de suivi et courriers' },
  { to: 'legalite', label: 'Contrôle de légalité' },
  { to: 'contentieux', label: 'Contentieux' },
  { to: 'rendez-vous', label: 'Rendez-vous' },
];

/** The DCTAJ module (R3): its correspondence, legality control, litigation and appointments. */
export default function DctajModule({ tenantId, basePath, location, navigate, timeZone }: RemoteModuleProps) {
  return (
    <RemoteRouter basePath={basePath} location={location} navigate={navigate} timeZone={timeZone}>
      <Routes>
        <Route element={<ModuleLayout title="Relations avec les collectivités territoriales et affaires juridiques" sections={SECTIONS} />}>
          <Route index element={<RouteTitle title="Tableau de suivi et courriers"><CorrespondencePage directorateCode="DCTAJ" tenantId={tenantId} /></RouteTitle>} />
          <Route path="legalite" element={<RouteTitle title="Contrôle de légalité"><LegalityControls tenantId={tenantId} /></RouteTitle>} />
          <Route path="contentieux" element={<RouteTitle title="Contentieux"><Litigation tenantId={tenantId} /></RouteTitle>} />
          <Route path="rendez-vous" element={<RouteTitle title="Rendez-vous"><Appointments tenantId={tenantId} /></RouteTitle>} />
        </Route>
      </Routes>
    </RemoteRouter>
  );
}
