import { pluginModuleFederation } from '@module-federation/rsbuild-plugin';
import { defineConfig } from '@rsbuild/core';
import { pluginReact } from '@rsbuild/plugin-react';
import { shared } from '@qualipref/console-kit/federation';

// The console: Module Federation host with no remote known at build time. The remotes are
// read at run time from /console-config.json (see src/remotes.ts), so that a directorate
// redeploys its remote without rebuilding the console.
export default defineConfig({
  plugins: [
    pluginReact(),
    pluginModuleFederation({
      name: 'console',
      remotes: {},
      shared,
      dts: false,
      // The console's own shared modules are used as soon as they are loaded: no remote's entry
      // is fetched before its module is opened (so a remote that is down cannot hold up the
      // console), and the DSFR's modules are those the console set up (its Link registration).
      shareStrategy: 'loaded-first',
    }),
  ],
  source: { entry: { index: './src/index.ts' } },
  html: { template: './index.html', title: 'Qualipref — console' },
  server: { port: Number(process.env.PORT ?? 3000), historyApiFallback: true },
  performance: { chunkSplit: { strategy: 'split-by-experience' } },
});
