import { defineConfig } from '@rsbuild/core';
import { pluginReact } from '@rsbuild/plugin-react';

// The public survey pages: one single-page app (/borne for the hall tablet, /repondre/:token
// for the personal links). The gateway's URL is read at run time from /kiosk-config.json, which
// the server that serves the build writes (npm start, the tests); `rsbuild dev` serves one from
// PUBLIC_GATEWAY_URL (add the dev origin to the gateway's CORS_ORIGINS).
export default defineConfig({
  plugins: [pluginReact()],
  source: { entry: { index: './src/index.tsx' } },
  html: { template: './index.html', title: 'Enquête de satisfaction — préfecture de la Moselle' },
  server: {
    port: Number(process.env.PORT ?? 3200),
    historyApiFallback: true,
    setup: ({ action, server }) => {
      if (action !== 'dev') return;
      const config = JSON.stringify({ gatewayUrl: process.env.PUBLIC_GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql' });
      server.middlewares.use('/kiosk-config.json', (_request, response) => {
        response.setHeader('content-type', 'application/json; charset=utf-8');
        response.end(config);
      });
    },
  },
});
