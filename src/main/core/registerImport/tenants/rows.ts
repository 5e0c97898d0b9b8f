// A tenants register row, normalised and checked: name, USCC (GB 32100, by the register's own
// normaliseUscc: full-width, lowercase and spaces are fine, a wrong check character is not),
// category from the closed list, where it is (building, code or address; floor), employees,
// legal representative, phone, credit grade and status. An empty cell leaves that field of a
// registered tenant as it stands; the planner asks a new tenant for what opening one needs.
import type { CreditGrade } from '../../../../shared/domain';
import { ApiError } from '../../../../shared/errors';
import type { ImportReason } from '../../../../shared/registerImport';
import { TENANT_CATEGORIES, type TenantStatus } from '../../../../shared/registers';
import { normaliseUscc } from '../../registers/values';
import { chineseNumber } from '../chineseNumerals';
import type { Cell } from '../cell';
import { allowedWords, choice, wholeNumber, type CellRead } from '../cellWords';
import { compactText, tidyText } from '../cleanText';
import type { MappedColumn } from '../mapColumns';
import { normalisePhone } from '../normalisePhone';
import { addressText } from '../parseAddress';
import type { GridRow } from '../readWorkbook';
import type { RowResult } from '../registerKind';
import { RowCells } from '../rowCells';
import { CREDIT_GRADE_WORDS, TENANT_CATEGORY_WORDS, TENANT_COLUMNS, TENANT_STATUS_WORDS, type TenantImportField } from './columns';

export interface TenantRow {
  name: string;
  uscc: string | null;
  category?: (typeof TENANT_CATEGORIES)[number];
  /** Where it is, as given: the building's name, its code, the address (street prefixes off). */
  building: string | null;
  buildingCode: string | null;
  address: string | null;
  floor?: number;
  employees?: number;
  legalRep?: string;
  phone?: string;
  creditGrade?: CreditGrade;
  status?: TenantStatus;
}

export interface TenantRowContext {
  sheet: string;
  columns: readonly MappedColumn<TenantImportField>[];
  addressPrefixes: readonly string[];
}

/** The register's own limits (shared/registers.ts tenantOpenInput). */
const MAX_NAME = 100;
const MAX_PERSON = 50;
const FLOORS = [-5, 200] as const;
const MAX_EMPLOYEES = 1_000_000;

/** normaliseUscc's refusals (the register form's words) as the import words them. */
const USCC_REASONS: Readonly<Record<string, ImportReason>> = {
  uscc_length: 'uscc_bad_length',
  uscc_letter: 'uscc_bad_letter',
  uscc_char: 'uscc_bad_char',
  uscc_checksum: 'uscc_bad_check',
};

type UsccRead = { ok: true; value: string } | { ok: false; reason: ImportReason; detail: string };

/** A USCC cell by GB 32100, checked by the register's own rule (values.ts); null when empty. */
export function usccOf(cell: Cell): UsccRead | null {
  if (cell.kind === 'empty') return null;
  // 18 digits typed as a number: Excel has kept 15 of them.
  if (cell.kind === 'number') return { ok: false, reason: 'number_lost_digits', detail: '' };
  const raw = cell.kind === 'text' ? cell.text : '';
  if (compactText(raw) === '') return null;
  try {
    return { ok: true, value: normaliseUscc(raw) };
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    const d = err.details?.[0];
    const reason = USCC_REASONS[d?.reason ?? ''] ?? 'uscc_bad_char';
    const p = d?.params ?? {};
    const detail = reason === 'uscc_bad_length' ? (p.length ?? '') : reason === 'uscc_bad_letter' ? (p.letter ?? '') : reason === 'uscc_bad_check' ? (p.expected ?? '') : (p.char ?? '');
    return { ok: false, reason, detail };
  }
}

/** A floor: 3, '3层', '3F', '-1', 'B1', '地下一层', '负一层'; 0 is no floor (the ground floor is 1). */
export function floorOf(cell: Cell): CellRead<number> | null {
  if (cell.kind === 'text') {
    const s = compactText(cell.text).toUpperCase();
    const below = /^(?:地下|负|B|-)(\d+|[一二三四五])(?:层|楼|F)?$/.exec(s);
    if (below) {
      const n = /^\d+$/.test(below[1]!) ? Number(below[1]) : chineseNumber(below[1]!)!;
      return n >= 1 && n <= -FLOORS[0] ? { ok: true, value: -n } : { ok: false, reason: 'number_invalid' };
    }
  }
  if (cell.kind === 'number' && cell.value < 0) {
    return Number.isInteger(cell.value) && cell.value >= FLOORS[0] ? { ok: true, value: cell.value } : { ok: false, reason: 'number_invalid' };
  }
  const up = wholeNumber(cell, 1, FLOORS[1]);
  return up;
}

export function tenantRow(grid: GridRow, ctx: TenantRowContext): RowResult<TenantRow> {
  const cells = new RowCells(TENANT_COLUMNS, ctx.columns, grid, ctx.sheet);
  const read = <T>(field: TenantImportField, r: CellRead<T> | null, detail?: string): T | undefined => {
    if (r === null) return undefined;
    if (r.ok) return r.value;
    cells.refuse(field, r.reason, detail);
    return undefined;
  };

  const name = tidyText(cells.text('name'));
  if (name === '') cells.refuse('name', 'required_missing');
  else if (name.length > MAX_NAME) cells.refuse('name', 'too_long', String(MAX_NAME));

  const code = usccOf(cells.cell('uscc'));
  if (code && !code.ok) cells.refuse('uscc', code.reason, code.detail);

  const category = read('category', choice(cells.cell('category'), TENANT_CATEGORY_WORDS), allowedWords(TENANT_CATEGORY_WORDS));
  const building = tidyText(cells.text('building')) || null;
  const buildingCode = compactText(cells.text('buildingCode')).replace(/^'/, '') || null;
  const addressRaw = compactText(cells.text('address'));
  const address = addressRaw === '' ? null : addressText(addressRaw, ctx.addressPrefixes) || null;
  const floor = read('floor', floorOf(cells.cell('floor')), `${FLOORS[0]}–${FLOORS[1]}，不含 0`);
  const employees = read('employees', wholeNumber(cells.cell('employees'), 0, MAX_EMPLOYEES), `0–${MAX_EMPLOYEES}`);

  const rep = compactText(cells.text('legalRep'));
  if (rep !== '' && (/\d/.test(rep) || rep.length > MAX_PERSON)) cells.refuse('legalRep', 'name_invalid');
  const phone = normalisePhone(cells.cell('phone'));
  if (phone && !phone.ok) cells.refuse('phone', phone.reason);
  const creditGrade = read('creditGrade', choice(cells.cell('creditGrade'), CREDIT_GRADE_WORDS), allowedWords(CREDIT_GRADE_WORDS));
  const status = read('status', choice(cells.cell('status'), TENANT_STATUS_WORDS), allowedWords(TENANT_STATUS_WORDS));

  if (cells.issues.length > 0) return { ok: false, issues: cells.issues };
  return {
    ok: true,
    row: {
      name,
      uscc: code?.ok ? code.value : null,
      building,
      buildingCode,
      address,
      ...(category === undefined ? {} : { category }),
      ...(floor === undefined ? {} : { floor }),
      ...(employees === undefined ? {} : { employees }),
      ...(rep === '' ? {} : { legalRep: rep }),
      ...(phone?.ok ? { phone: phone.value } : {}),
      ...(creditGrade === undefined ? {} : { creditGrade }),
      ...(status === undefined ? {} : { status }),
    },
  };
}
