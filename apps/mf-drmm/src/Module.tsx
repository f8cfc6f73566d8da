import { ModuleLayout, RemoteRouter, RouteTitle, type RemoteModuleProps } from '@qualipref/console-kit';
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
const Label = lazy(() => import('./quality/Label.js').then((m) => ({ default: m.Label })));
const QuarterlyPublication = lazy(() => import('./quality/Publication.js').then((m) => ({ default: m.QuarterlyPublication })));

const SECTIONS = [
  { to: '', label: 'Comités' },
  { to: 'propositions', label: 'Propositions' },
  { to: 'plan', label: 'Plan d’actions' },
  { to: 'enquetes', label: 'Enquêtes' },
  { to: 'bornes', label: 'Bornes du hall' },
  { to: 'remarques', label: 'Remarques' },
  { to: 'qualite', label: 'Indicateurs qualité' },
  { to: 'label', label: 'Label' },
  { to: 'publication', label: 'Publication trimestrielle' },
];

/** The DRMM / MACAP module: the users' committee (CLU) from its members to its action plan, the satisfaction surveys' results, the feedback inbox, the quality indicators, the label with its audit cycle and the quarterly public results. */
export default function DrmmModule({ tenantId, user, openDocument, publicUrl, basePath, location, navigate, timeZone }: RemoteModuleProps) {
  return (
    <RemoteRouter basePath={basePath} location={location} navigate={navigate} timeZone={timeZone}>
      <Routes>
        <Route element={<ModuleLayout title="Comité local des usagers" sections={SECTIONS} />}>
          <Route index element={<RouteTitle title="Comités"><Committees tenantId={tenantId} /></RouteTitle>} />
          <Route path="comites/:committeeId" element={<RouteTitle title="Comité"><Committee /></RouteTitle>} />
          <Route path="reunions/:meetingId" element={<RouteTitle title="Réunion"><Meeting openDocument={openDocument} /></RouteTitle>} />
          <Route path="propositions" element={<RouteTitle title="Propositions"><Proposals /></RouteTitle>} />
          <Route path="plan" element={<RouteTitle title="Plan d’actions"><ActionPlanBoard tenantId={tenantId} /></RouteTitle>} />
          <Route path="enquetes" element={<RouteTitle title="Enquêtes"><Campaigns tenantId={tenantId} /></RouteTitle>} />
          <Route path="enquetes/:campaignId" element={<RouteTitle title="Enquête"><SurveyCampaign /></RouteTitle>} />
          <Route path="enquetes/questionnaires" element={<RouteTitle title="Questionnaires"><Questionnaires tenantId={tenantId} /></RouteTitle>} />
          <Route path="enquetes/questionnaires/:questionnaireId" element={<RouteTitle title="Questionnaire"><Questionnaire /></RouteTitle>} />
          <Route path="enquetes/panels" element={<RouteTitle title="Panels"><Panels tenantId={tenantId} /></RouteTitle>} />
          <Route path="enquetes/panels/:panelId" element={<RouteTitle title="Panel"><Panel /></RouteTitle>} />
          <Route path="bornes" element={<RouteTitle title="Bornes du hall"><KioskDevices tenantId={tenantId} /></RouteTitle>} />
          <Route path="remarques" element={<RouteTitle title="Remarques"><Feedbacks tenantId={tenantId} /></RouteTitle>} />
          <Route path="qualite" element={<RouteTitle title="Indicateurs qualité"><Quality tenantId={tenantId} /></RouteTitle>} />
          <Route path="label" element={<RouteTitle title="Label qualité"><Label tenantId={tenantId} /></RouteTitle>} />
          <Route path="publication" element={<RouteTitle title="Publication trimestrielle"><QuarterlyPublication tenantId={tenantId} ownTenant={tenantId === user.tenant.id} publicUrl={publicUrl} /></RouteTitle>} />
        </Route>
      </Routes>
    </RemoteRouter>
  );
}
