/**
 * Builds the browser app into web/dist, which the server serves at `/`. In development the API lives
 * on the server (port 8080), so its paths are proxied to keep everything same-origin, exactly as in
 * production: the refresh cookie is scoped to /api/v1/auth and only works same-origin.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiServer = 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    proxy: {
      '/api': apiServer,
      '/docs': apiServer,
      '/openapi.json': apiServer,
    },
  },
});
