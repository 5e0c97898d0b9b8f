// Buildings register rows matched to the community's buildings, on a read-only connection:
// by 楼栋编码 (exact), else by name, estate + building number, or address (normalised, the
// street's own prefixes taken off). Every key the row gives must name the same building.
// The matched building's attributes are compared: update or unchanged.
//
// A row that names no building of the street is refused, never added: a building without
// its footprint cannot stand on the map or in a grid, and footprints come from the GIS
// import (issue #12). Renaming is an update; moving (a new address) is a footprint's matter.
import type { BuildingUse } from '../../../../shared/domain';
import type { ImportReason } from '../../../../shared/registerImport';
import type { Db } from '../../db/database';
import { estateKey, streetPrefixes } from '../addressIndex';
import { digitsBeforeMarkers } from '../chineseNumerals';
import { compactText } from '../cleanText';
import { addressText } from '../parseAddress';
import { shanghaiDate } from '../../calendar/workCalendar';
import type { KindPlan, ParsedRow, PlannedRow, PlanOptions } from '../registerKind';
import { columnLabel } from '../rowCells';
import type { RowIssue } from '../rowIssue';
import { BUILDING_COLUMNS, type BuildingImportField } from './columns';
import type { BuildingRow } from './rows';

/** The attributes an import may change (updateBuilding's). */
export interface BuildingChanges {
  name?: string;
  floors?: number;
  use?: BuildingUse;
  hasLift?: boolean;
  builtYear?: number;
}

/** A planned row's target: the changes its update writes (part of the plan's digest). */
export type PlannedBuilding = PlannedRow<BuildingRow, BuildingChanges>;

/** Reasons that make a row a conflict (the register says otherwise) rather than a rejected row. */
export const BUILDING_CONFLICTS: readonly ImportReason[] = ['building_other_community', 'building_keys_differ', 'building_name_taken', 'building_address_differs'];

interface Stored {
  id: number;
  community_id: number;
  code: string;
  name: string;
  address: string;
  road: string;
  house_number: string;
  floors: number;
  use: BuildingUse;
  has_lift: number;
  built_year: number;
  /** The highest floor a household or tenant of the building is registered on. */
  top: number | null;
}

const NAME_NUMBER = /^(.*?)(\d+)(?:栋|幢|号楼|座)$/;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export interface BuildingIndex {
  communityId: number;
  prefixes: string[];
  byId: Map<number, Stored>;
  byCode: Map<string, Stored>;
  /** Street-wide: a name another community holds is a conflict, not a missing building. */
  byName: Map<string, Stored[]>;
  byEstateNumber: Map<string, Stored[]>;
  byAddress: Map<string, Stored[]>;
}

export function buildingIndex(db: Db, communityId: number): BuildingIndex {
  const prefixes = streetPrefixes(db);
  const rows = db
    .prepare(
      `SELECT b.id, g.community_id, b.code, b.name, b.address, b.road, b.house_number, b.floors, b.use, b.has_lift, b.built_year,
              (SELECT max(f) FROM (SELECT max(floor) AS f FROM household WHERE building_id = b.id UNION ALL SELECT max(floor) FROM tenant WHERE building_id = b.id)) AS top
         FROM building b JOIN grid g ON g.id = b.grid_id ORDER BY b.id`,
    )
    .all() as Stored[];
  const index: BuildingIndex = { communityId, prefixes, byId: new Map(), byCode: new Map(), byName: new Map(), byEstateNumber: new Map(), byAddress: new Map() };
  for (const b of rows) {
    index.byId.set(b.id, b);
    index.byCode.set(b.code, b);
    push(index.byName, compactText(b.name), b);
    const m = NAME_NUMBER.exec(digitsBeforeMarkers(compactText(b.name)));
    if (m) push(index.byEstateNumber, `${estateKey(m[1]!)}|${Number(m[2])}`, b);
    push(index.byAddress, addressText(b.address, prefixes), b);
    const roadHouse = compactText(`${b.road}${b.house_number}`);
    if (roadHouse !== addressText(b.address, prefixes)) push(index.byAddress, roadHouse, b);
  }
  return index;
}

type Key = { field: BuildingImportField; value: string; found: Stored[] };
type Parsed = ParsedRow<BuildingImportField, BuildingRow>;

function keysOf(row: BuildingRow, index: BuildingIndex): Key[] {
  const keys: Key[] = [];
  if (row.code !== null) keys.push({ field: 'code', value: row.code, found: index.byCode.has(row.code) ? [index.byCode.get(row.code)!] : [] });
  if (row.name !== null) keys.push({ field: 'name', value: row.name, found: index.byName.get(compactText(row.name)) ?? [] });
  if (row.estate !== null && row.number !== null) {
    keys.push({ field: 'number', value: `${row.estate}${row.number}栋`, found: index.byEstateNumber.get(`${estateKey(row.estate)}|${row.number}`) ?? [] });
  }
  if (row.address !== null) keys.push({ field: 'address', value: row.address, found: index.byAddress.get(row.address) ?? [] });
  return keys;
}

type Match = { ok: true; building: Stored } | { ok: false; issue: RowIssue };

function matchRow(parsed: Parsed, index: BuildingIndex): Match {
  const keys = keysOf(parsed.data, index);
  const refuse = (key: Key, reason: ImportReason, detail?: string): Match => ({
    ok: false,
    issue: { sheet: parsed.sheet, row: parsed.row, column: columnLabel(BUILDING_COLUMNS, parsed.columns, key.field), value: key.value, reason, ...(detail === undefined ? {} : { detail }) },
  });
  const here = (list: Stored[]) => list.filter((b) => b.community_id === index.communityId);
  // The first key that names exactly one building of this community (the code first).
  const by = keys.find((k) => here(k.found).length === 1);
  if (!by) {
    const elsewhere = keys.find((k) => k.found.length > 0 && here(k.found).length === 0);
    if (elsewhere) return refuse(elsewhere, 'building_other_community');
    const several = keys.find((k) => here(k.found).length > 1);
    if (several) return refuse(several, 'building_ambiguous', here(several.found).map((b) => b.code).join('、'));
    return refuse(keys[0]!, 'building_no_footprint');
  }
  const building = here(by.found)[0]!;
  for (const k of keys) {
    if (k === by || k.found.includes(building)) continue;
    // A name no building has is the new name; another building's name cannot be taken.
    if (k.field === 'name' && k.found.length === 0) continue;
    if (k.field === 'name') return refuse(k, 'building_name_taken', here(k.found).map((b) => b.code).join('、'));
    if (k.field === 'address' && k.found.length === 0) return refuse(k, 'building_address_differs', building.address);
    return refuse(k, 'building_keys_differ', building.name);
  }
  return { ok: true, building };
}

export function planBuildings(index: BuildingIndex, rows: readonly Parsed[], options: Pick<PlanOptions, 'now'>): KindPlan<BuildingRow, BuildingChanges> {
  const issues: RowIssue[] = [];
  // updateBuilding refuses a year after this one (China time); the preview says so by the import's clock.
  const today = shanghaiDate(options.now);
  const thisYear = Number(today.slice(0, 4));
  const matched: { parsed: Parsed; building: Stored }[] = [];
  for (const parsed of rows) {
    const m = matchRow(parsed, index);
    if (m.ok) matched.push({ parsed, building: m.building });
    else issues.push(m.issue);
  }
  // A building twice in the file: every occurrence is refused (which one is right is the user's call).
  const byBuilding = new Map<number, typeof matched>();
  for (const m of matched) push(byBuilding, m.building.id, m);
  const planned: PlannedBuilding[] = [];
  for (const { parsed, building } of matched) {
    const row = parsed.data;
    const label = (field: BuildingImportField) => columnLabel(BUILDING_COLUMNS, parsed.columns, field);
    const same = byBuilding.get(building.id)!;
    if (same.length > 1) {
      const others = same.filter((o) => o.parsed !== parsed).map((o) => `${o.parsed.sheet} 第${o.parsed.row}行`);
      issues.push({ sheet: parsed.sheet, row: parsed.row, column: label('name'), value: building.name, reason: 'building_twice_in_file', detail: others.join('、') });
      continue;
    }
    if (row.floors !== undefined && building.top !== null && row.floors < building.top) {
      issues.push({ sheet: parsed.sheet, row: parsed.row, column: label('floors'), value: String(row.floors), reason: 'floors_below_households', detail: String(building.top) });
      continue;
    }
    if (row.builtYear !== undefined && row.builtYear !== building.built_year && row.builtYear > thisYear) {
      issues.push({ sheet: parsed.sheet, row: parsed.row, column: label('builtYear'), value: String(row.builtYear), reason: 'date_after_today', detail: today });
      continue;
    }
    const changes: BuildingChanges = {};
    if (row.name !== null && compactText(row.name) !== compactText(building.name)) changes.name = row.name;
    if (row.floors !== undefined && row.floors !== building.floors) changes.floors = row.floors;
    if (row.use !== undefined && row.use !== building.use) changes.use = row.use;
    if (row.hasLift !== undefined && row.hasLift !== (building.has_lift === 1)) changes.hasLift = row.hasLift;
    if (row.builtYear !== undefined && row.builtYear !== building.built_year) changes.builtYear = row.builtYear;
    const fields = Object.keys(changes);
    planned.push({ sheet: parsed.sheet, row: parsed.row, outcome: fields.length > 0 ? 'update' : 'unchanged', recordId: building.id, fields, target: changes, creates: null, data: row });
  }
  return { rows: planned, issues, picks: [] };
}
