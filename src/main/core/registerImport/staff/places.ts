// What a grid staff row's grid and building are matched against: every grid of the street
// (a grid of another community is named as such, not as unknown) and the buildings of the
// community being imported. Registers write a grid as its short label (铁马·11网格, what the
// export writes), its full name (铁马社区第11网格), its 14-digit code, or within the community
// only its number (第11网格, 11网格, 第十一网格); a building as its name or code.
import { communityShortName, gridLabel } from '../../../../shared/gridLabel';
import type { Db } from '../../db/database';
import { chineseNumber } from '../chineseNumerals';
import { compactText } from '../cleanText';

export interface GridPlace {
  id: number;
  code: string;
  label: string;
  communityId: number;
  communityName: string;
}

export interface BuildingPlace {
  id: number;
  name: string;
  gridId: number;
}

export interface Places {
  communityId: number;
  communityName: string;
  grids: Map<number, GridPlace>;
  /** Code, compact name and label (separator dropped) → grid, street-wide. */
  gridByKey: Map<string, GridPlace>;
  /** `${community short name}|${number}` → grid, for names that follow 某某社区第NN网格. */
  gridByNumber: Map<string, GridPlace>;
  buildingByKey: Map<string, BuildingPlace>;
  buildings: Map<number, BuildingPlace>;
}

const SEPARATORS = /[·•・.．\-_/|]/g;
const NUMBERED = /^(.*?)第?(\d+|[零〇一二两三四五六七八九十百]+)网格$/;

function key(text: string): string {
  return compactText(text).replace(SEPARATORS, '').toUpperCase();
}

/** 杨家坪社区第01网格 → { prefix: 杨家坪, n: 1 }; 第十一网格 → { prefix: '', n: 11 }; anything else null. */
function numbered(text: string): { prefix: string; n: number } | null {
  const m = NUMBERED.exec(key(text));
  if (!m) return null;
  const n = /^\d+$/.test(m[2]!) ? Number(m[2]) : chineseNumber(m[2]!);
  return n === null ? null : { prefix: communityShortName(m[1]!), n };
}

export function loadPlaces(db: Db, communityId: number): Places {
  const communityName = (db.prepare('SELECT name FROM community WHERE id = ?').pluck().get(communityId) as string | undefined) ?? '';
  const rows = db
    .prepare('SELECT g.id, g.code, g.name, g.community_id, c.name AS community_name FROM grid g JOIN community c ON c.id = g.community_id ORDER BY g.id')
    .all() as { id: number; code: string; name: string; community_id: number; community_name: string }[];
  const grids = new Map<number, GridPlace>();
  const gridByKey = new Map<string, GridPlace>();
  const gridByNumber = new Map<string, GridPlace>();
  for (const r of rows) {
    const g: GridPlace = { id: r.id, code: r.code, label: gridLabel({ name: r.name, communityName: r.community_name }), communityId: r.community_id, communityName: r.community_name };
    grids.set(g.id, g);
    for (const k of [key(r.code), key(r.name), key(g.label)]) if (!gridByKey.has(k)) gridByKey.set(k, g);
    const num = numbered(r.name);
    if (num) gridByNumber.set(`${num.prefix || communityShortName(r.community_name)}|${num.n}`, g);
  }
  const buildingRows = db
    .prepare('SELECT b.id, b.code, b.name, b.grid_id FROM building b JOIN grid g ON g.id = b.grid_id WHERE g.community_id = ? ORDER BY b.id')
    .all(communityId) as { id: number; code: string; name: string; grid_id: number }[];
  const buildings = new Map<number, BuildingPlace>();
  const buildingByKey = new Map<string, BuildingPlace>();
  for (const b of buildingRows) {
    const place = { id: b.id, name: b.name, gridId: b.grid_id };
    buildings.set(b.id, place);
    for (const k of [key(b.code), key(b.name)]) if (!buildingByKey.has(k)) buildingByKey.set(k, place);
  }
  return { communityId, communityName, grids, gridByKey, gridByNumber, buildingByKey, buildings };
}

/** The grid a row names, street-wide (the caller refuses one of another community); null when none. */
export function findGrid(places: Places, text: string): GridPlace | null {
  const exact = places.gridByKey.get(key(text));
  if (exact) return exact;
  const num = numbered(text);
  if (!num) return null;
  return places.gridByNumber.get(`${num.prefix || communityShortName(places.communityName)}|${num.n}`) ?? null;
}

export function findBuilding(places: Places, text: string): BuildingPlace | null {
  return places.buildingByKey.get(key(text)) ?? null;
}

/** A few of the community's grid labels, for the refusal that says how to write one. */
export function gridExamples(places: Places): string {
  return [...places.grids.values()].filter((g) => g.communityId === places.communityId).slice(0, 2).map((g) => g.label).join('、');
}

export function buildingExample(places: Places): string {
  return places.buildings.values().next().value?.name ?? '';
}
