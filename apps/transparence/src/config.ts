/** /transparence-config.json, served next to the app by its server: nothing of it is in the build. */
export interface TransparenceConfig {
  /** The gateway's GraphQL endpoint; the public documents are read at its origin, under /public/. */
  gatewayUrl: string;
  /** Where the platform's legal pages are read (the console's address, whose pages need no sign-in); none: the footer does not link them. */
  legalPagesUrl?: string;
}

export async function loadConfig(): Promise<TransparenceConfig> {
  const response = await fetch('/transparence-config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`transparence-config.json: ${response.status}`);
  const config = (await response.json()) as TransparenceConfig;
  if (typeof config.gatewayUrl !== 'string' || !config.gatewayUrl) throw new Error('transparence-config.json: gatewayUrl missing');
  return config;
}
