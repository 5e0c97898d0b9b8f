// A matter's stages and the 五步工作法's steps, zod-free so the renderer can import them without building the API's schemas.
/** raised 居民提事, discussed 网格议事, decided 会议定事, acting 联动办事, evaluated 群众评事; dropped 撤销. */
export const MATTER_STAGES = ['raised', 'discussed', 'decided', 'acting', 'evaluated', 'dropped'] as const;
export type MatterStage = (typeof MATTER_STAGES)[number];
/** The five steps in order (dropped is a side path). */
export const FIVE_STEPS: readonly MatterStage[] = ['raised', 'discussed', 'decided', 'acting', 'evaluated'];
