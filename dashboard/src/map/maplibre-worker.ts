import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

// MapLibre 6 finds its worker next to its own module, which a bundler moves; point it at the
// copy Vite emits instead. Imported for this side effect before any map is created.
setWorkerUrl(workerUrl);
