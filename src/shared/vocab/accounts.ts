// Password length limits, zod-free so the renderer can import them without building the API's schemas.
/** Fewer characters than this and a password is refused: the keyring's scrypt is slow, not magic. */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
