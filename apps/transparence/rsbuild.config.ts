import { defineConfig } from '@rsbuild/core';
import { pluginReact } from '@rsbuild/plugin-react';

// The public results pages: one single-page app (/ lists the sites, /<site> shows a site's
// quarter, /<site>/enquetes/<id> a published survey). The gateway's URL is read at run time from
// /transparence-config.json, which the server that serves the build writes (npm start, the tests);
// `rsbuild dev` serves one from PUBLIC_GATEWAY_URL (add the dev origin to the gateway's CORS_ORIGINS).
export default defineConfig({
  plugins: [pluginReact()],
  source: { entry: { index: './src/index.tsx' } },
  html: { template: './index.html', title: 'Nos résultats — préfecture et sous-préfectures de la Moselle' },
  server: {
    port: Number(process.env.PORT ?? 3300),
    historyApiFallback: true,
    setup: ({ action, server }) => {
      if (action !== 'dev') return;
      const config = JSON.stringify({ gatewayUrl: process.env.PUBLIC_GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql' });
      server.middlewares.use('/transparence-config.json', (_request, response) => {
        response.setHeader('content-type', 'application/json; charset=utf-8');
        response.end(config);
      });
    },
  },
});
