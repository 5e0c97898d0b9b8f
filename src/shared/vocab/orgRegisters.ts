// The kinds of department in the register, zod-free so the renderer can import them without building the API's schemas.
/** The kinds of department a case can go to: the street's own offices, district bureaus, utility companies. */
export const DEPARTMENT_KINDS = ['street', 'district', 'utility'] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];
