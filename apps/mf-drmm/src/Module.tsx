import { ModuleLayout, RemoteRouter, type RemoteModuleProps } from '@qualipref/console-kit';
import { Route, Routes } from 'react-router';
import { ActionPlanBoard } from './ActionPlanBoard.js';
import { Committee } from './Committee.js';
import { Committees } from './Committees.js';
import { Meeting } from './Meeting.js';
import { Proposals } from './Proposals.js';
import { Quality } from './Quality.js';
import { Feedbacks } from './Feedbacks.js';
import { KioskDevices } from './KioskDevices.js';
import { Campaigns } from './Surveys.js';
import { SurveyCampaign } from './SurveyCampaign.js';
import { Questionnaire, Questionnaires } from './Questionnaires.js';
import { Panel, Panels } from './Panels.js';

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
export default function DrmmModule({ user, tenantId, openDocument, basePath, location, navigate }: RemoteModuleProps) {
  return (
    <RemoteRouter basePath={basePath} location={location} navigate={navigate}>
      <Routes>
        <Route element={<ModuleLayout title="Comité local des usagers" sections={SECTIONS} />}>
          <Route index element={<Committees user={user} tenantId={tenantId} />} />
          <Route path="comites/:committeeId" element={<Committee user={user} />} />
          <Route path="reunions/:meetingId" element={<Meeting user={user} openDocument={openDocument} />} />
          <Route path="propositions" element={<Proposals user={user} tenantId={tenantId} />} />
          <Route path="plan" element={<ActionPlanBoard user={user} tenantId={tenantId} />} />
          <Route path="enquetes" element={<Campaigns user={user} tenantId={tenantId} />} />
          <Route path="enquetes/:campaignId" element={<SurveyCampaign user={user} />} />
          <Route path="enquetes/questionnaires" element={<Questionnaires user={user} tenantId={tenantId} />} />
          <Route path="enquetes/questionnaires/:questionnaireId" element={<Questionnaire user={user} />} />
          <Route path="enquetes/panels" element={<Panels user={user} tenantId={tenantId} />} />
          <Route path="enquetes/panels/:panelId" element={<Panel user={user} tenantId={tenantId} />} />
          <Route path="bornes" element={<KioskDevices user={user} />} />
          <Route path="remarques" element={<Feedbacks user={user} tenantId={tenantId} />} />
          <Route path="qualite" element={<Quality tenantId={tenantId} />} />
        </Route>
      </Routes>
    </RemoteRouter>
  );
}
