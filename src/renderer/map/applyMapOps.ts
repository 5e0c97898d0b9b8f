// Applies diffMap's operations to a live MapLibre map. The only place that mutates the style.
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { MapOp } from './diffMap';

export function applyMapOps(map: MapLibreMap, ops: readonly MapOp[]): void {
  // Property names and values are copied from layer specs that were type-checked where
  // they were written; MapLibre's per-property typing cannot follow them through a diff.
  const setLayout = map.setLayoutProperty.bind(map) as (id: string, name: string, value: unknown) => void;
  const setPaint = map.setPaintProperty.bind(map) as (id: string, name: string, value: unknown) => void;
  for (const op of ops) {
    switch (op.op) {
      case 'removeLayer':
        if (map.getLayer(op.id)) map.removeLayer(op.id);
        break;
      case 'removeSource':
        if (map.getSource(op.id)) map.removeSource(op.id);
        break;
      case 'addSource':
        map.addSource(op.id, op.source);
        break;
      case 'setData':
        map.getSource<GeoJSONSource>(op.id)?.setData(op.data);
        break;
      case 'moveLayer':
        map.moveLayer(op.id);
        break;
      case 'setLayoutProperty':
        setLayout(op.id, op.name, op.value);
        break;
      case 'setPaintProperty':
        setPaint(op.id, op.name, op.value);
        break;
      case 'setFilter':
        map.setFilter(op.id, op.filter);
        break;
      case 'setLayerZoomRange':
        map.setLayerZoomRange(op.id, op.minzoom, op.maxzoom);
        break;
      case 'addLayer':
        map.addLayer(op.layer, op.beforeId);
        break;
    }
  }
}
