// Zoom thresholds shared by the layers: a street is a few kilometres across, so it
// fills a 1920×1080 screen at about zoom 14.5 and single buildings read at 17+.
export const ZOOM = {
  min: 12,
  max: 20,
  /** Community names give way to grid names here. */
  gridLabels: 15.2,
  communityLabelsUntil: 16.2,
  /** Not 14.5: MapLibre lays out a symbol layer for every tile from floor(minzoom), so road
   *  names at 14.5 were shaped and their glyphs drawn for the overview's zoom-14 tiles
   *  (about 80 characters, ~0.25 s of the first view under software GL) and not shown. */
  roadLabels: 15,
  /** Households: heatmap below, circles above, counts on the circles further in. */
  householdCircles: 15.5,
  householdCounts: 16.8,
  /** Tenants are clustered up to here, shown one by one above it. */
  tenantClusterMax: 16,
  partyOrgNames: 16.5,
  facilityNames: 16,
} as const;

/** Where community names give way to grid names, for a street of this extent. */
export interface LabelZooms {
  gridLabelsFrom: number;
  communityLabelsUntil: number;
}

/** A typical console map area (1920×1080 minus panels), for the overview zoom estimate. */
const NOMINAL_VIEW = { width: 1600, height: 950 };
const TILE = 512;

/** The zoom at which the whole bbox fits the nominal view (web mercator). */
export function overviewZoom([w, s, e, n]: readonly [number, number, number, number]): number {
  const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  const zoomX = Math.log2((NOMINAL_VIEW.width * 360) / (TILE * Math.max(e - w, 1e-6)));
  const zoomY = Math.log2((NOMINAL_VIEW.height * 2 * Math.PI) / (TILE * Math.max(mercY(n) - mercY(s), 1e-9)));
  return Math.min(zoomX, zoomY);
}

/**
 * Community names must show on the first (overview) screen and grid names a little
 * closer in, whatever the street's size; for a full-size street the fixed thresholds
 * above already do that, a small one needs them pushed further in.
 */
export function labelZooms(bbox: readonly [number, number, number, number]): LabelZooms {
  // Within the map's own range: a new street's point-sized placeholder boundary has an
  // "overview" far beyond it, and MapLibre refuses a layer whose zoom range passes 24.
  const overview = Math.min(overviewZoom(bbox), ZOOM.max - 1.5);
  return {
    gridLabelsFrom: Math.max(ZOOM.gridLabels, overview + 0.5),
    communityLabelsUntil: Math.max(ZOOM.communityLabelsUntil, overview + 1.5),
  };
}
