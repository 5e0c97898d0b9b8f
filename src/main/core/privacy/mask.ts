// Masking personal data for screens others may see (the wall, briefings) and for fields
// nobody needs in full on a map drawer (ID numbers).
export function maskName(name: string): string {
  const chars = Array.from(name);
  return chars.length <= 1 ? '*' : `${chars[0]}${'*'.repeat(Math.min(chars.length - 1, 2))}`;
}

export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}

export function maskIdNumber(id: string): string {
  return id.length === 18 ? `${id.slice(0, 6)}********${id.slice(-4)}` : '******';
}

/** Shapes a value by its level: as stored, masked with `mask`, or absent (null). */
export function shown(value: string | null, level: 'full' | 'masked' | 'none', mask: (v: string) => string): string | null {
  if (value === null || level === 'none') return null;
  return level === 'full' ? value : mask(value);
}

// Free text a user typed (a reveal reason) may itself hold a number: kept out of the audit log.
const PHONE_IN_TEXT = /1[3-9]\d{9}/g;
const ID_IN_TEXT = /\d{17}[\dXx]/g;

export function scrubNumbers(text: string): string {
  return text.replace(ID_IN_TEXT, maskIdNumber).replace(PHONE_IN_TEXT, maskPhone);
}
