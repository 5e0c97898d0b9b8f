// Values as an export masked them (core/privacy/mask.ts): 张**, 138****1234,
// 110105********1234. A masked cell coming back in an import means "as on record": the row is
// matched without it, and it must agree with the mask of the value registered.
import { compactText } from './cleanText';

/** 110105********1234 (or ****** for an ID of another length), full-width stars folded. */
export function isMaskedIdNumber(text: string): boolean {
  const s = compactText(text).toUpperCase();
  return /^\d{6}\*{8}[\dX]{4}$/.test(s) || /^\*{6}$/.test(s);
}

/** 138****1234, or **** for a short number. */
export function isMaskedPhone(text: string): boolean {
  const s = compactText(text);
  return /^\d{3}\*{4}\d{4}$/.test(s) || /^\*{4}$/.test(s);
}

/** 张**: a name ending in stars. */
export function isMaskedName(text: string): boolean {
  return /^[^*]+\*{1,2}$|^\*$/.test(compactText(text));
}
