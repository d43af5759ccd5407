import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the API and the live stream come from the server next door (scripts/dev.mjs).
const api = process.env.MATTHAN_API_URL ?? `http://127.0.0.1:${process.env.PORT ?? 8080}`;

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': { target: api, changeOrigin: true },
      '/socket.io': { target: api, changeOrigin: true, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // The map engines change far less often than our code: separate chunks stay cached
        // across deploys, and the browser fetches them in parallel.
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/ },
            {
              name: 'deckgl',
              test: /node_modules[\\/](@deck\.gl|@luma\.gl|@math\.gl|@loaders\.gl|mjolnir\.js|h3-js)[\\/]/,
            },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
    // maplibre-gl and deck.gl (with h3-js) are each 1.1–1.2 MB minified; the default warns at 500 kB.
    chunkSizeWarningLimit: 1250,
  },
});
