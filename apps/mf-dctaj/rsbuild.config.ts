import { pluginModuleFederation } from '@module-federation/rsbuild-plugin';
import { defineConfig } from '@rsbuild/core';
import { pluginReact } from '@rsbuild/plugin-react';
import { EXPOSED_MODULE, shared } from '@qualipref/console-kit/federation';
import { remote } from '@qualipref/platform-registry';

// Its Module Federation name and port are the registry's, as the console and the launcher read them.
const entry = remote('mf-dctaj');

// The DCTAJ remote: exposes its routes to the console and also runs alone (its own page).
export default defineConfig({
  plugins: [pluginReact(), pluginModuleFederation({ name: entry.name, exposes: { [EXPOSED_MODULE]: './src/Module.tsx' }, shared, dts: false })],
  source: { entry: { index: './src/index.ts' } },
  html: { template: './index.html', title: 'Qualipref — Direction des relations avec les collectivités territoriales et des affaires juridiques' },
  // Chunks are fetched from wherever the remote is served, not from the console's origin.
  output: { assetPrefix: 'auto' },
  server: { port: Number(process.env.PORT ?? entry.port), cors: true },
});
