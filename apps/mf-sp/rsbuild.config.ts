import { pluginModuleFederation } from '@module-federation/rsbuild-plugin';
import { defineConfig } from '@rsbuild/core';
import { pluginReact } from '@rsbuild/plugin-react';
import { EXPOSED_MODULE, shared } from '@qualipref/console-kit/federation';

// The sous-préfectures' remote: exposes its routes to the console and also runs alone (its own page).
export default defineConfig({
  plugins: [pluginReact(), pluginModuleFederation({ name: 'mf_sp', exposes: { [EXPOSED_MODULE]: './src/Module.tsx' }, shared, dts: false })],
  source: { entry: { index: './src/index.ts' } },
  html: { template: './index.html', title: 'Qualipref — Courrier de la sous-préfecture' },
  // Chunks are fetched from wherever the remote is served, not from the console's origin.
  output: { assetPrefix: 'auto' },
  server: { port: Number(process.env.PORT ?? 3104), cors: true },
});
