// Care visitors and the care settings' limits, zod-free so the renderer can import them without building the API's schemas.
/** Who visits: the building's 楼栋长, the grid's 网格员, or the community (居委会) staff. */
export const CARE_VISITORS = ['building_head', 'grid_worker', 'community'] as const;
export type CareVisitor = (typeof CARE_VISITORS)[number];

export const CARE_EVERY_DAYS_MAX = 366;
export const SMALL_NUMBER_K_MIN = 2;
export const SMALL_NUMBER_K_MAX = 50;
