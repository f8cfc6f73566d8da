// The public survey pages for `npm start`: the hall kiosk (/borne) and the élus' personal link
// page (/repondre/<token>), served from apps/kiosk/dist with their run-time configuration.
import { join } from 'node:path';
import { startStaticServer } from '@qualipref/static-server';

export interface RunningKiosk {
  url: string;
  stop(): Promise<void>;
}

/** The origins of the kiosk's server, that the gateway allows (CORS). */
export const kioskOrigins = (port: number) => [`http://localhost:${port}`, `http://127.0.0.1:${port}`];

/** The personal links of the invitations point here (the surveys service's SURVEY_ANSWER_URL). */
export const surveyAnswerUrl = (port: number) => `http://127.0.0.1:${port}/repondre`;

export async function startKiosk(root: string, gatewayUrl: string, port: number): Promise<RunningKiosk> {
  const server = await startStaticServer({ root: join(root, 'apps', 'kiosk', 'dist'), port, spa: true, documents: { '/kiosk-config.json': { gatewayUrl } } });
  return { url: server.url, stop: () => server.stop() };
}
