import { ModuleLayout, RemoteRouter, type RemoteModuleProps } from '@qualipref/console-kit';
import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { Committees } from './committees/Committees.js';

// The committees' list comes with the module; every other page is fetched when first opened, so
// that the module's first page stays light.
const Committee = lazy(() => import('./committees/Committee.js').then((m) => ({ default: m.Committee })));
const Meeting = lazy(() => import('./committees/Meeting.js').then((m) => ({ default: m.Meeting })));
const Proposals = lazy(() => import('./committees/Proposals.js').then((m) => ({ default: m.Proposals })));
const ActionPlanBoard = lazy(() => import('./committees/ActionPlanBoard.js').then((m) => ({ default: m.ActionPlanBoard })));
const Campaigns = lazy(() => import('./surveys/Campaigns.js').then((m) => ({ default: m.Campaigns })));
const SurveyCampaign = lazy(() => import('./surveys/SurveyCampaign.js').then((m) => ({ default: m.SurveyCampaign })));
const Questionnaires = lazy(() => import('./surveys/Questionnaires.js').then((m) => ({ default: m.Questionnaires })));
const Questionnaire = lazy(() => import('./surveys/Questionnaires.js').then((m) => ({ default: m.Questionnaire })));
const Panels = lazy(() => import('./surveys/Panels.js').then((m) => ({ default: m.Panels })));
const Panel = lazy(() => import('./surveys/Panels.js').then((m) => ({ default: m.Panel })));
const KioskDevices = lazy(() => import('./surveys/KioskDevices.js').then((m) => ({ default: m.KioskDevices })));
const Feedbacks = lazy(() => import('./surveys/Feedbacks.js').then((m) => ({ default: m.Feedbacks })));
const Quality = lazy(() => import('./quality/Quality.js').then((m) => ({ default: m.Quality })));

const SECTIONS = [
  { to: '', label: 'Comités' },
  { to: 'propositions', label: 'Propositions' },
  { to: 'plan', label: 'Plan d’actions' },
  { to: 'enquetes', label: 'Enquêtes' },
  { to: 'bornes', label: 'Bornes du hall' },
  { to: 'remarques', label: 'Remarques' },
  { to: 'qualite', label: 'Indicateurs qualité' },
];

/** The DRMM / MACAP module: the users' committee (CLU) from its members to its action plan, the satisfaction surveys' results, the feedback inbox and the quality indicators. */
export default function DrmmModule({ tenantId, openDocument, basePath, location, navigate, timeZone }: RemoteModuleProps) {
  return (
    <RemoteRouter basePath={basePath} location={location} navigate={navigate} timeZone={timeZone}>
      <Routes>
        <Route element={<ModuleLayout title="Comité local des usagers" sections={SECTIONS} />}>
          <Route index element={<Committees tenantId={tenantId} />} />
          <Route path="comites/:committeeId" element={<Committee />} />
          <Route path="reunions/:meetingId" element={<Meeting openDocument={openDocument} />} />
          <Route path="propositions" element={<Proposals />} />
          <Route path="plan" element={<ActionPlanBoard tenantId={tenantId} />} />
          <Route path="enquetes" element={<Campaigns tenantId={tenantId} />} />
          <Route path="enquetes/:campaignId" element={<SurveyCampaign />} />
          <Route path="enquetes/questionnaires" element={<Questionnaires tenantId={tenantId} />} />
          <Route path="enquetes/questionnaires/:questionnaireId" element={<Questionnaire />} />
          <Route path="enquetes/panels" element={<Panels tenantId={tenantId} />} />
          <Route path="enquetes/panels/:panelId" element={<Panel />} />
          <Route path="bornes" element={<KioskDevices tenantId={tenantId} />} />
          <Route path="remarques" element={<Feedbacks tenantId={tenantId} />} />
          <Route path="qualite" element={<Quality tenantId={tenantId} />} />
        </Route>
      </Routes>
    </RemoteRouter>
  );
}
