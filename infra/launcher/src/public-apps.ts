// The public pages for `npm start`, without sign-in: the survey pages (apps/kiosk: the hall kiosk
// at /borne, the élus' personal links at /repondre/<token>) and the published results
// (apps/transparence), each served from its build with its run-time configuration.
import { join } from 'node:path';
import { startStaticServer } from '@qualipref/static-server';

export interface RunningPublicApp {
  url: string;
  stop(): Promise<void>;
}

/** The origins of a public app's server, that the gateway allows (CORS). */
export const publicOrigins = (port: number) => [`http://localhost:${port}`, `http://127.0.0.1:${port}`];

/** The personal links of the invitations point here (the surveys service's SURVEY_ANSWER_URL). */
export const surveyAnswerUrl = (port: number) => `http://127.0.0.1:${port}/repondre`;

/** The public apps and the file each reads its configuration from: the gateway's URL. */
const APPS = { kiosk: '/kiosk-config.json', transparence: '/transparence-config.json' } as const;

/** Serves a public app; `legalPagesUrl`, the console's address, is where the footer's legal pages are read. */
export async function startPublicApp(root: string, app: keyof typeof APPS, gatewayUrl: string, port: number, legalPagesUrl?: string): Promise<RunningPublicApp> {
  const server = await startStaticServer({ root: join(root, 'apps', app, 'dist'), port, spa: true, documents: { [APPS[app]]: { gatewayUrl, ...(legalPagesUrl ? { legalPagesUrl } : {}) } } });
  return { url: server.url, stop: () => server.stop() };
}
