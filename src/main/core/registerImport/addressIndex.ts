// Step 5a, what addresses are matched against: the chosen community's buildings (by
// estate + building number, parsed from names like 黄桷坪机械厂小区3栋, and by road + house
// number) and their households (by building, unit and room, and by full address text).
import type { Db } from '../db/database';
import { digitsBeforeMarkers } from './chineseNumerals';
import { compactText } from './cleanText';
import { addressText } from './parseAddress';

export interface BuildingRef {
  id: number;
  name: string;
  address: string;
  /** Estate key (see estateKey) and building number parsed from the name; null when the name has none. */
  estate: string | null;
  number: string | null;
  roadHouse: string;
  floors: number;
}

export interface HouseholdRef {
  id: number;
  buildingId: number;
  unit: number;
  room: string;
  headResidentId: number | null;
}

export interface AddressIndex {
  communityId: number;
  prefixes: string[];
  buildings: Map<number, BuildingRef>;
  byEstateNumber: Map<string, BuildingRef[]>;
  byNumber: Map<string, BuildingRef[]>;
  byRoadHouse: Map<string, BuildingRef>;
  /** `${buildingId}|${room}` → its households (one per unit that has the room). */
  householdsByRoom: Map<string, HouseholdRef[]>;
  /** Household address with the street's prefixes stripped → household. */
  householdsByAddress: Map<string, HouseholdRef>;
  householdsById: Map<number, HouseholdRef>;
}

/** An estate name as compared: no spaces, full-width folded, a trailing 小区/院落 dropped. */
export function estateKey(place: string): string {
  return compactText(place).replace(/(小区|院落|社区)$/, '');
}

const BUILDING_NAME = /^(.*?)(\d+)(?:栋|幢|号楼|座)$/;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function streetPrefixes(db: Db): string[] {
  const street = db.prepare('SELECT city, district, name FROM street LIMIT 1').get() as { city: string; district: string; name: string } | undefined;
  const communities = (db.prepare('SELECT name FROM community').all() as { name: string }[]).map((c) => c.name);
  const own = street ? [`${street.city}${street.district}${street.name}`, `${street.district}${street.name}`, street.name, `${street.city}${street.district}`, street.district, street.city] : [];
  return [...own, ...communities];
}

export function buildAddressIndex(db: Db, communityId: number): AddressIndex {
  const prefixes = streetPrefixes(db);
  const index: AddressIndex = {
    communityId,
    prefixes,
    buildings: new Map(),
    byEstateNumber: new Map(),
    byNumber: new Map(),
    byRoadHouse: new Map(),
    householdsByRoom: new Map(),
    householdsByAddress: new Map(),
    householdsById: new Map(),
  };
  const buildings = db
    .prepare('SELECT b.id, b.name, b.address, b.road, b.house_number, b.floors FROM building b JOIN grid g ON g.id = b.grid_id WHERE g.community_id = ? ORDER BY b.id')
    .all(communityId) as { id: number; name: string; address: string; road: string; house_number: string; floors: number }[];
  for (const b of buildings) {
    const m = BUILDING_NAME.exec(digitsBeforeMarkers(compactText(b.name)));
    const ref: BuildingRef = {
      id: b.id,
      name: b.name,
      address: b.address,
      estate: m ? estateKey(m[1]!) : null,
      number: m ? String(Number(m[2])) : null,
      roadHouse: compactText(`${b.road}${b.house_number}`),
      floors: b.floors,
    };
    index.buildings.set(b.id, ref);
    if (ref.number !== null) {
      push(index.byEstateNumber, `${ref.estate}|${ref.number}`, ref);
      push(index.byNumber, ref.number, ref);
    }
    index.byRoadHouse.set(ref.roadHouse, ref);
  }
  const households = db
    .prepare(
      'SELECT h.id, h.building_id, h.unit, h.room, h.address, h.head_resident_id FROM household h JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id WHERE g.community_id = ?',
    )
    .all(communityId) as { id: number; building_id: number; unit: number; room: string; address: string; head_resident_id: number | null }[];
  for (const h of households) {
    const ref: HouseholdRef = { id: h.id, buildingId: h.building_id, unit: h.unit, room: compactText(h.room), headResidentId: h.head_resident_id };
    push(index.householdsByRoom, `${h.building_id}|${ref.room}`, ref);
    index.householdsByAddress.set(addressText(h.address, prefixes), ref);
    index.householdsById.set(h.id, ref);
  }
  return index;
}
