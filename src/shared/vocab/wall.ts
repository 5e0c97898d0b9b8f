// The wall's grid states and headline tiles, zod-free so the renderer can import them without building the API's schemas.
/** A grid's colour on the wall: the worst thing in it. */
export const WALL_GRID_STATES = ['calm', 'open', 'supervised', 'overdue'] as const;
export type WallGridState = (typeof WALL_GRID_STATES)[number];

export const WALL_TILE_KEYS = ['newToday', 'closedToday', 'onTimeRate', 'overdueOpen', 'satisfaction'] as const;
export type WallTileKey = (typeof WALL_TILE_KEYS)[number];
