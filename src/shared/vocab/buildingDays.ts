// 楼栋工作日 vocabularies (cadre posts, what a problem became) and the visiting cycle, zod-free so the renderer can import them without building the API's schemas.
/** How often each assigned building is to be visited: at least once in this many days. */
export const VISIT_CYCLE_DAYS = 30;

export const CADRE_POSTS = ['party_secretary', 'director', 'deputy', 'section_head', 'cadre'] as const;
export type CadrePost = (typeof CADRE_POSTS)[number];

export const PROBLEM_OUTCOMES = ['case', 'need', 'wish', 'note'] as const;
export type ProblemOutcome = (typeof PROBLEM_OUTCOMES)[number];
