// Household, resident and tenant vocabularies of the registers, zod-free so the renderer can import them without building the API's schemas.
/** 在住 / 迁出 / 空置. */
export const HOUSEHOLD_STATUSES = ['occupied', 'moved_out', 'vacant'] as const;
export type HouseholdStatus = (typeof HOUSEHOLD_STATUSES)[number];

/** 营业 / 歇业 / 注销. */
export const TENANT_STATUSES = ['open', 'suspended', 'closed'] as const;
export type TenantStatus = (typeof TENANT_STATUSES)[number];

export const HOUSEHOLD_TENURES = ['owner', 'renter', 'public'] as const;

/** Relation to the household's head, as stored (与户主关系). */
export const RESIDENT_RELATIONS = ['户主', '配偶', '子女', '父母', '孙子女', '兄弟姐妹', '其他'] as const;
export type ResidentRelation = (typeof RESIDENT_RELATIONS)[number];

/** Tenant categories (行业), the demo street's own list plus 其他: figures group by them. */
export const TENANT_CATEGORIES = [
  '餐饮', '零售', '美容美发', '教育培训', '医药', '家政', '维修', '金融', '科技', '物流', '商务服务', '文化娱乐', '住宿', '生活服务', '其他',
] as const;
