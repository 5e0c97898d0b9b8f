// A buildings register row, normalised and checked: what names the building (楼栋编码, 楼栋名称,
// 小区 + 楼栋号, 地址) and the attributes it sets (层数, 用途, 电梯, 建成年份). An empty attribute
// cell leaves the attribute as it stands. A row becomes a BuildingRow or carries every reason
// it is refused, so one round of fixing is enough.
import type { BuildingUse } from '../../../../shared/domain';
import { allowedWords, choice, codeText, wholeNumber, yearOf, type CellRead } from '../cellWords';
import { compactText, tidyText } from '../cleanText';
import type { MappedColumn } from '../mapColumns';
import { addressText, partNumber } from '../parseAddress';
import type { GridRow } from '../readWorkbook';
import { RowCells } from '../rowCells';
import type { RowResult } from '../registerKind';
import { BUILDING_COLUMNS, BUILDING_USE_WORDS, LIFT_WORDS, type BuildingImportField } from './columns';

export interface BuildingRow {
  code: string | null;
  name: string | null;
  estate: string | null;
  number: string | null;
  /** The address with the street's own prefixes (city, district, street, community) taken off. */
  address: string | null;
  floors?: number;
  use?: BuildingUse;
  hasLift?: boolean;
  builtYear?: number;
}

export interface BuildingRowContext {
  sheet: string;
  columns: readonly MappedColumn<BuildingImportField>[];
  addressPrefixes: readonly string[];
}

/** The register's own limits (shared/registers.ts buildingUpdateInput). */
export const MAX_BUILDING_NAME = 60;
const MAX_FLOORS = 200;
const YEARS = [1800, 2100] as const;

export function buildingRow(grid: GridRow, ctx: BuildingRowContext): RowResult<BuildingRow> {
  const cells = new RowCells(BUILDING_COLUMNS, ctx.columns, grid, ctx.sheet);
  const read = <T>(field: BuildingImportField, r: CellRead<T> | null, detail?: string): T | undefined => {
    if (r === null) return undefined;
    if (r.ok) return r.value;
    cells.refuse(field, r.reason, detail);
    return undefined;
  };

  const code = read('code', codeText(cells.cell('code'))) ?? null;
  let name: string | null = tidyText(cells.text('name')) || null;
  const estate = compactText(cells.text('estate')) || null;
  const numberText = compactText(cells.text('number'));
  // A 楼栋 column may hold the whole name (黄桷坪机械厂小区3栋) rather than the number alone.
  let number: string | null = numberText === '' ? null : partNumber(numberText);
  if (numberText !== '' && number === null) {
    if (name === null) name = tidyText(cells.text('number'));
    else cells.refuse('number', 'number_invalid');
  }
  if (name !== null && name.length > MAX_BUILDING_NAME) cells.refuse('name', 'too_long', String(MAX_BUILDING_NAME));
  if (number !== null && estate === null && name === null) {
    // 3栋 alone names no building of a community with several estates: 小区 goes with it.
    cells.refuse('estate', 'required_missing');
    number = null;
  }
  const addressRaw = compactText(cells.text('address'));
  const address = addressRaw === '' ? null : addressText(addressRaw, ctx.addressPrefixes) || null;
  if (code === null && name === null && number === null && address === null && cells.issues.length === 0) cells.refuse('name', 'required_missing');

  const floors = read('floors', wholeNumber(cells.cell('floors'), 1, MAX_FLOORS), `1–${MAX_FLOORS}`);
  const use = read('use', choice(cells.cell('use'), BUILDING_USE_WORDS), allowedWords(BUILDING_USE_WORDS));
  const lift = read('hasLift', choice(cells.cell('hasLift'), LIFT_WORDS), allowedWords(LIFT_WORDS));
  const builtYear = read('builtYear', yearOf(cells.cell('builtYear'), YEARS[0], YEARS[1]), `${YEARS[0]}–${YEARS[1]}`);

  if (cells.issues.length > 0) return { ok: false, issues: cells.issues };
  return {
    ok: true,
    row: {
      code,
      name,
      estate,
      number,
      address,
      ...(floors === undefined ? {} : { floors }),
      ...(use === undefined ? {} : { use }),
      ...(lift === undefined ? {} : { hasLift: lift === 'yes' }),
      ...(builtYear === undefined ? {} : { builtYear }),
    },
  };
}
