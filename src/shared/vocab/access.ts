// The reveal form's limit (a reason's least length), zod-free so the renderer can import it without building the API's schemas.
export const REVEAL_REASON_MIN = 4;
