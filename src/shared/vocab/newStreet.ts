// The shapes of a new street's district and street codes, zod-free so the renderer can import them without building the API's schemas.
/** GB/T 2260: the district's (县级) administrative code, six digits, e.g. 500107 九龙坡区. */
export const ADMIN_CODE_PATTERN = /^[1-8]\d{5}$/;
/** The street's own code: the nine-digit 乡级 code (GB/T 10114 统计用区划代码 without its village part) or the twelve-digit one. */
export const STREET_CODE_PATTERN = /^\d{9}(\d{3})?$/;
