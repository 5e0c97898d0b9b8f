// The wall's colours: a dark map readable from across the room, grids coloured by the
// worst thing in them, markers by what their case needs. The legend reads these too.
import type { WallGridState } from '../../../shared/wall';

export const WALL_MAP_COLORS = {
  background: '#040b16',
  streetArea: '#0a1729',
  water: '#0c2a4a',
  green: '#0d2620',
  road: '#1a3150',
  building: '#12223a',
  gridOutline: '#2f5d8f',
  communityOutline: '#6a9fe0',
  focusOutline: '#ffd35c',
  streetBoundary: '#3cc6ff',
  label: '#dbe8ff',
  labelAlert: '#ffd2d2',
  labelHalo: '#040b16',
  markerStroke: '#f4f8ff',
  pulse: '#ffffff',
} as const;

export const GRID_STATE_COLORS: Record<WallGridState, string> = {
  calm: '#12385c',
  open: '#1f6fb8',
  supervised: '#8a55d8',
  overdue: '#e5484d',
};

/** What a marker's case needs now; its colour on the map. */
export const MARKER_KINDS = ['overdue', 'supervised', 'waiting', 'inProgress'] as const;
export type MarkerKind = (typeof MARKER_KINDS)[number];

export const MARKER_COLORS: Record<MarkerKind, string> = {
  overdue: '#ff4d4f',
  supervised: '#c084fc',
  waiting: '#ffb020',
  inProgress: '#34d3ff',
};
