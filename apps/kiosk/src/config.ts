/** /kiosk-config.json, served next to the app by its server: nothing of it is in the build. */
export interface KioskConfig {
  /** The gateway's GraphQL endpoint. */
  gatewayUrl: string;
  /** Seconds without a touch before an unfinished survey is abandoned (default 90). */
  idleSeconds?: number;
  /** Seconds the thanks screen stays before the welcome screen comes back (default 10). */
  thanksSeconds?: number;
  /** Seconds a request to the gateway may take before it is abandoned; a queued response is then retried (default 20). */
  requestSeconds?: number;
}

export async function loadConfig(): Promise<KioskConfig> {
  const response = await fetch('/kiosk-config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`kiosk-config.json: ${response.status}`);
  const config = (await response.json()) as KioskConfig;
  if (typeof config.gatewayUrl !== 'string' || !config.gatewayUrl) throw new Error('kiosk-config.json: gatewayUrl missing');
  return config;
}
