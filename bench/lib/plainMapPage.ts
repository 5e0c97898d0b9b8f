// The baseline for the map's first-idle time: a plain MapLibre page, no app around it,
// drawing the same street features (the buildings as plain GeoJSON) from a JSON file.
// Served from a temp folder.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildingCollection } from '../../src/shared/buildingCodec';
import type { MapBase } from '../../src/shared/views';

const HTML = `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="maplibre-gl.css">
<style>html,body,#map{margin:0;width:100%;height:100%}</style></head><body><div id="map"></div>
<script type="module">
import { Map, setWorkerUrl } from './maplibre-gl.mjs';
setWorkerUrl(new URL('./maplibre-gl-worker.mjs', location.href).href);
performance.mark('streetops:map-created');
const base = await (await fetch('./base.json')).json();
const cases = await (await fetch('./cases.json')).json();
const src = (data) => ({ type: 'geojson', data });
const map = new Map({
  container: 'map',
  localIdeographFontFamily: '"Noto Sans CJK SC", sans-serif',
  bounds: base.street.bbox,
  style: {
    version: 8,
    sources: { grids: src(base.grids), labels: src(base.gridLabels), roads: src(base.roads), water: src(base.water), green: src(base.green), buildings: src(base.buildings), cases: src(cases) },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#f4f3ef' } },
      { id: 'grids', type: 'fill', source: 'grids', paint: { 'fill-color': '#cfe0f5', 'fill-opacity': 0.5 } },
      { id: 'water', type: 'fill', source: 'water', paint: { 'fill-color': '#a9d0f0' } },
      { id: 'green', type: 'fill', source: 'green', paint: { 'fill-color': '#cde8c4' } },
      { id: 'roads', type: 'line', source: 'roads', paint: { 'line-color': '#fff', 'line-width': 3 } },
      { id: 'buildings', type: 'fill', source: 'buildings', paint: { 'fill-color': '#d9d4cc' } },
      { id: 'grid-lines', type: 'line', source: 'grids', paint: { 'line-color': '#5b7fb0', 'line-width': 1 } },
      { id: 'cases', type: 'circle', source: 'cases', paint: { 'circle-radius': 5, 'circle-color': '#d33' } },
      { id: 'labels', type: 'symbol', source: 'labels', layout: { 'text-field': ['get', 'name'], 'text-size': 12, 'text-font': ['Noto Sans CJK SC'] } },
    ],
  },
});
// Exposed so the bench can count its style layers, sources and compiled programs.
window.__map = map;
map.once('idle', () => { window.__idleAt = performance.now(); });
</script></body></html>`;

export function writePlainMapPage(dir: string, base: MapBase, buildings: BuildingCollection, cases: unknown): void {
  mkdirSync(dir, { recursive: true });
  const dist = join(process.cwd(), 'node_modules', 'maplibre-gl', 'dist');
  for (const f of ['maplibre-gl.mjs', 'maplibre-gl-shared.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css']) copyFileSync(join(dist, f), join(dir, f));
  writeFileSync(join(dir, 'index.html'), HTML);
  writeFileSync(join(dir, 'base.json'), JSON.stringify({ ...base, buildings }));
  writeFileSync(join(dir, 'cases.json'), JSON.stringify(cases));
}
