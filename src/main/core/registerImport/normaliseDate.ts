// Dates as registers hold them: Date cells, Excel serial numbers (1900 or 1904 system),
// text in every common form (1958年3月12日, 1958.03.12, 1958/3/12, 1958-3-12, 19580312) and
// year-month only (出生年月: 1958年3月, 1958.03), compared by month then.
import type { Cell } from './cell';
import { compactText } from './cleanText';
import type { Normalised } from './normaliseIdNumber';

/** 'YYYY-MM-DD', or 'YYYY-MM' when the register gives the month only. */
export type RegisterDate = string;

const DAY_MS = 86_400_000;
const MIN_YEAR = 1880;
const MAX_YEAR = 2100;
/** Day 0 of Excel's 1900 system is 1899-12-30 (its fictitious 1900-02-29 lies before any birth date we read). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** Serial of 2100-12-31 in the 1900 system. */
const MAX_SERIAL = 73_415;

function ymd(y: number, m: number, d: number): RegisterDate | null {
  if (y < MIN_YEAR || y > MAX_YEAR) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return t.toISOString().slice(0, 10);
}

function ym(y: number, m: number): RegisterDate | null {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12) return null;
  return `${y}-${String(m).padStart(2, '0')}`;
}

/** exceljs gives date cells as the UTC instant of the calendar day Excel shows. */
function fromDate(date: Date): RegisterDate | null {
  return ymd(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function fromNumber(n: number, date1904: boolean): RegisterDate | null {
  if (!Number.isInteger(n)) return null;
  // 19580312 typed as a number.
  if (n >= 18_800_101 && n <= 21_001_231) return ymd(Math.floor(n / 10_000), Math.floor(n / 100) % 100, n % 100);
  if (n < 1 || n > MAX_SERIAL) return null;
  return fromDate(new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + n * DAY_MS));
}

const FULL = /^(\d{4})[年./-](\d{1,2})[月./-](\d{1,2})日?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const MONTH = /^(\d{4})[年./-](\d{1,2})月?$/;
const COMPACT_MONTH = /^(\d{4})(\d{2})$/;

function fromText(text: string): RegisterDate | null {
  const s = compactText(text);
  const full = FULL.exec(s) ?? COMPACT.exec(s);
  if (full) return ymd(Number(full[1]), Number(full[2]), Number(full[3]));
  const month = MONTH.exec(s) ?? COMPACT_MONTH.exec(s);
  if (month) return ym(Number(month[1]), Number(month[2]));
  return null;
}

export function normaliseDate(cell: Cell, date1904: boolean): Normalised<RegisterDate> | null {
  let value: RegisterDate | null;
  switch (cell.kind) {
    case 'empty':
      return null;
    case 'date':
      value = fromDate(cell.date);
      break;
    case 'number':
      value = fromNumber(cell.value, date1904);
      break;
    case 'text':
      if (compactText(cell.text) === '') return null;
      value = fromText(cell.text);
      break;
    case 'bool':
      value = null;
  }
  return value ? { ok: true, value } : { ok: false, reason: 'date_invalid' };
}

/** Whether a register date agrees with the full date from an ID number (by month when the register gives only the month). */
export function sameDate(registerDate: RegisterDate, fullDate: string): boolean {
  return registerDate.length === 7 ? fullDate.startsWith(registerDate) : registerDate === fullDate;
}
