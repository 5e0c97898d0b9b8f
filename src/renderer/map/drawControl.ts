// The drawing tools inside the map bridge: terra-draw on the MapLibre instance, in one of
// three uses — draw a new grid (polygon), draw a split line, or move the vertices of one
// grid (select mode with draggable vertices and midpoints). Every finished gesture hands
// its geometry back; the core decides what it means.
import type { LineString, Polygon } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { TerraDraw, TerraDrawLineStringMode, TerraDrawPolygonMode, TerraDrawSelectMode } from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';

export type DrawTool = { kind: 'polygon' } | { kind: 'line' } | { kind: 'reshape'; geometry: Polygon };
export interface DrawRequest {
  tool: DrawTool;
  /** Bumped for every request, so the same tool can be started afresh. */
  seq: number;
}

/** terra-draw keeps at most this many decimals (≈ 0.1 mm): coordinates are rounded to it. */
const PRECISION = 9;
export const DRAW_LAYER_PREFIX = 'td';
const EDIT_COLOR = '#d9480f';

const round = (n: number) => Math.round(n * 10 ** PRECISION) / 10 ** PRECISION;
export function roundPolygon(p: Polygon): Polygon {
  return { type: 'Polygon', coordinates: p.coordinates.map((ring) => ring.map(([x, y]) => [round(x ?? 0), round(y ?? 0)])) };
}

export class DrawControl {
  private readonly draw: TerraDraw;
  private onDone: ((g: Polygon | LineString) => void) | null = null;
  private editedId: string | number | null = null;

  constructor(map: MapLibreMap) {
    this.draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map, coordinatePrecision: PRECISION, prefixId: DRAW_LAYER_PREFIX }),
      modes: [
        new TerraDrawPolygonMode({ styles: { fillColor: EDIT_COLOR, fillOpacity: 0.15, outlineColor: EDIT_COLOR, outlineWidth: 2.5, closingPointColor: EDIT_COLOR } }),
        new TerraDrawLineStringMode({ styles: { lineStringColor: EDIT_COLOR, lineStringWidth: 3, closingPointColor: EDIT_COLOR } }),
        new TerraDrawSelectMode({
          allowManualDeselection: false,
          flags: {
            polygon: { feature: { draggable: false, coordinates: { draggable: true, midpoints: true, deletable: true } } },
          },
          styles: {
            selectedPolygonColor: EDIT_COLOR,
            selectedPolygonFillOpacity: 0.12,
            selectedPolygonOutlineColor: EDIT_COLOR,
            selectedPolygonOutlineWidth: 2.5,
            selectionPointColor: '#ffffff',
            selectionPointOutlineColor: EDIT_COLOR,
            selectionPointWidth: 5,
            selectionPointOutlineWidth: 2,
            midPointColor: EDIT_COLOR,
            midPointOutlineColor: '#ffffff',
            midPointWidth: 3.5,
          },
        }),
      ],
    });
    this.draw.start();
    this.draw.on('finish', (id, context) => {
      const feature = this.draw.getSnapshotFeature(id);
      if (!feature || !this.onDone) return;
      const g = feature.geometry;
      if (context.mode === 'polygon' && g.type === 'Polygon') this.onDone(g);
      else if (context.mode === 'linestring' && g.type === 'LineString') this.onDone(g);
      else if (context.mode === 'select' && g.type === 'Polygon' && id === this.editedId) this.onDone(g);
      // A finished polygon or line has been handed over: the editor draws the result itself.
      if (context.mode !== 'select') this.draw.removeFeatures([id]);
    });
  }

  use(tool: DrawTool | null, onDone: (g: Polygon | LineString) => void): void {
    this.onDone = onDone;
    this.draw.clear();
    this.editedId = null;
    if (!tool) {
      this.draw.setMode('static');
      return;
    }
    if (tool.kind === 'polygon') this.draw.setMode('polygon');
    else if (tool.kind === 'line') this.draw.setMode('linestring');
    else {
      this.draw.setMode('select');
      const [result] = this.draw.addFeatures([{ type: 'Feature', geometry: roundPolygon(tool.geometry), properties: { mode: 'polygon' } }]);
      if (result?.valid && result.id !== undefined) {
        this.editedId = result.id;
        this.draw.selectFeature(result.id);
      }
    }
  }

  /** The drawing layers go on top of whatever the description added since. */
  raise(map: MapLibreMap): void {
    for (const layer of map.getStyle().layers) if (layer.id.startsWith(DRAW_LAYER_PREFIX)) map.moveLayer(layer.id);
  }

  stop(): void {
    this.draw.stop();
  }
}
