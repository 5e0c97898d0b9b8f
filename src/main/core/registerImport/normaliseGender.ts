// 性别 as typed: 男/女, 男性/女性, M/F.
import type { Cell } from './cell';
import { compactText } from './cleanText';
import type { Normalised } from './normaliseIdNumber';

const GENDERS: Readonly<Record<string, 'M' | 'F'>> = { 男: 'M', 男性: 'M', M: 'M', MALE: 'M', 女: 'F', 女性: 'F', F: 'F', FEMALE: 'F' };

export function normaliseGender(cell: Cell): Normalised<'M' | 'F'> | null {
  if (cell.kind === 'empty') return null;
  if (cell.kind !== 'text') return { ok: false, reason: 'gender_invalid' };
  const s = compactText(cell.text).toUpperCase();
  if (s === '') return null;
  const g = GENDERS[s];
  return g ? { ok: true, value: g } : { ok: false, reason: 'gender_invalid' };
}
