// Addresses as registers write them, parsed into the place (estate or road), the building,
// the unit and the room: 3栋2单元501, 3-2-501, 三栋二单元501室, 3幢2单元5楼1号,
// 黄桷坪机械厂小区3栋2单元501, 柏树横街20号1单元101, with or without the city and street
// in front (the caller names those prefixes: they are the street's own).
import { digitsBeforeMarkers } from './chineseNumerals';
import { compactText } from './cleanText';

export interface ParsedAddress {
  /** Estate (小区) or road as written, '' when the address starts at the building. */
  place: string;
  /** Road-form house number ('20号'), null in the estate form. */
  houseNumber: string | null;
  /** Building number within the estate ('3'), null in the road form without one. */
  building: string | null;
  unit: number | null;
  floor: number | null;
  /** Room as the household register keeps it ('501'), null when the address stops at the building. */
  room: string | null;
}

const BUILDING_MARK = '(?:栋|幢|号楼|座)';

/** Room text → floor + room: 501 is on floor 5, 1203 on floor 12; 5楼1号 is room 501. */
function roomOf(roomDigits: string | undefined, floorDigits: string | undefined, numberOnFloor: string | undefined): { floor: number | null; room: string | null } {
  if (floorDigits !== undefined && numberOnFloor !== undefined) {
    const floor = Number(floorDigits);
    return { floor, room: `${floor}${numberOnFloor.padStart(2, '0')}` };
  }
  if (roomDigits === undefined) return { floor: null, room: null };
  const room = String(Number(roomDigits));
  return { floor: room.length >= 3 ? Number(room.slice(0, -2)) : null, room };
}

// Tail after the unit: 501, 501室, 501号, 5楼1号, 5层01室.
const ROOM_TAIL = '(?:(\\d+)(?:楼|层)(\\d+)(?:号|室|户)?|(\\d+)(?:室|号|户)?)';

const DASHED = new RegExp(`^(.*?)(\\d+)${BUILDING_MARK}?[-—–_](\\d+)(?:单元)?[-—–_](\\d+)(?:室|号)?$`);
const DASHED_NO_UNIT = new RegExp(`^(.*?)(\\d+)${BUILDING_MARK}?[-—–_](\\d{3,4})(?:室|号)?$`);
const ESTATE = new RegExp(`^(.*?)(\\d+)${BUILDING_MARK}(?:(\\d+)单元)?${ROOM_TAIL}?$`);
const ROAD = new RegExp(`^(.*?(?:路|街|巷|道|里|弄|胡同))(\\d+号)(?:(\\d+)${BUILDING_MARK})?(?:(\\d+)单元)?${ROOM_TAIL}?$`);

/** Prefixes compacted and longest first, kept per list: addresses are parsed row after row with the same one. */
const preparedPrefixes = new WeakMap<readonly string[], string[]>();

function prepared(prefixes: readonly string[]): string[] {
  let list = preparedPrefixes.get(prefixes);
  if (!list) {
    list = prefixes.map(compactText).filter((p) => p !== '').sort((a, b) => b.length - a.length);
    preparedPrefixes.set(prefixes, list);
  }
  return list;
}

/** Strips the matching prefixes in turn (longest first): the city, district, street and community names. */
export function stripPrefixes(s: string, prefixes: readonly string[]): string {
  let out = s;
  for (const p of prepared(prefixes)) if (out.startsWith(p)) out = out.slice(p.length);
  return out;
}

export function addressText(s: string, prefixes: readonly string[]): string {
  return stripPrefixes(digitsBeforeMarkers(compactText(s)), prefixes);
}

export function parseAddress(raw: string, prefixes: readonly string[] = []): ParsedAddress | null {
  const s = addressText(raw, prefixes);
  if (s === '') return null;
  const road = ROAD.exec(s);
  if (road) {
    const { floor, room } = roomOf(road[7], road[5], road[6]);
    return { place: road[1]!, houseNumber: road[2]!, building: road[3] ?? null, unit: road[4] ? Number(road[4]) : null, floor, room };
  }
  const dashed = DASHED.exec(s);
  if (dashed) {
    const { floor, room } = roomOf(dashed[4], undefined, undefined);
    return { place: dashed[1]!, houseNumber: null, building: String(Number(dashed[2])), unit: Number(dashed[3]), floor, room };
  }
  const noUnit = DASHED_NO_UNIT.exec(s);
  if (noUnit) {
    const { floor, room } = roomOf(noUnit[3], undefined, undefined);
    return { place: noUnit[1]!, houseNumber: null, building: String(Number(noUnit[2])), unit: null, floor, room };
  }
  const estate = ESTATE.exec(s);
  if (estate) {
    const { floor, room } = roomOf(estate[6], estate[4], estate[5]);
    return { place: estate[1]!, houseNumber: null, building: String(Number(estate[2])), unit: estate[3] ? Number(estate[3]) : null, floor, room };
  }
  return null;
}

/** A split column's number: '3栋', '三栋', '3', '2单元', '501室' → '3', '3', '3', '2', '501'. */
export function partNumber(raw: string): string | null {
  const s = digitsBeforeMarkers(compactText(raw));
  const m = /^(?:第)?(\d+)(?:栋|幢|号楼|座|单元|室|号|户)?$/.exec(s);
  return m ? String(Number(m[1])) : null;
}
