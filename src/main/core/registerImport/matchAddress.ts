// Step 5b, an address to a building and household of the chosen community: first the
// exact household address, then the parsed address (estate + building number, road +
// house number, a building number that only one building of the community has), and
// otherwise candidates for the user to pick. A building found without the room means a
// new household there.
import type { ImportCandidateView } from '../../../shared/registerImport';
import { estateKey, type AddressIndex, type BuildingRef } from './addressIndex';
import { compactText } from './cleanText';
import { addressText, type ParsedAddress } from './parseAddress';

export type AddressMatch =
  | { kind: 'household'; householdId: number; buildingId: number; how: 'exact' | 'normalised' | 'picked' }
  | { kind: 'newHousehold'; buildingId: number; unit: number; floor: number; room: string; how: 'normalised' | 'picked' }
  | { kind: 'pick'; key: string; candidates: ImportCandidateView[] }
  | { kind: 'noBuilding'; key: string }
  | { kind: 'unitAmbiguous' }
  | { kind: 'floorTooHigh'; floors: number }
  | { kind: 'pickInvalid' };

const MAX_CANDIDATES = 8;

/** The building part of an address, as the user reads it and a pick is keyed by: 黄桷坪小区3栋, 柏树横街20号, 3栋. */
export function buildingKey(a: ParsedAddress): string {
  return compactText(`${a.place}${a.houseNumber ?? ''}${a.building !== null ? `${a.building}栋` : ''}`);
}

/** Characters two names share, for ranking candidates. */
function shared(a: string, b: string): number {
  const set = new Set(b);
  let n = 0;
  for (const ch of new Set(a)) if (set.has(ch)) n++;
  return n;
}

function candidates(list: readonly BuildingRef[], place: string): ImportCandidateView[] {
  return [...list]
    .sort((x, y) => shared(place, y.name) - shared(place, x.name) || x.id - y.id)
    .slice(0, MAX_CANDIDATES)
    .map((b) => ({ buildingId: b.id, name: b.name, address: b.address }));
}

type BuildingFind = { kind: 'one'; building: BuildingRef; how: 'normalised' | 'picked' } | { kind: 'pick'; list: BuildingRef[] } | { kind: 'none' } | { kind: 'pickInvalid' };

function findBuilding(a: ParsedAddress, index: AddressIndex, picks: Readonly<Record<string, number>>): BuildingFind {
  const picked = picks[buildingKey(a)];
  if (picked !== undefined) {
    const b = index.buildings.get(picked);
    return b ? { kind: 'one', building: b, how: 'picked' } : { kind: 'pickInvalid' };
  }
  const place = compactText(a.place);
  if (a.houseNumber !== null) {
    const b = index.byRoadHouse.get(`${place}${a.houseNumber}`);
    if (b) return { kind: 'one', building: b, how: 'normalised' };
  }
  if (a.building === null) return { kind: 'none' };
  const sameNumber = index.byNumber.get(a.building) ?? [];
  if (place !== '') {
    const exact = index.byEstateNumber.get(`${estateKey(place)}|${a.building}`) ?? [];
    if (exact.length === 1) return { kind: 'one', building: exact[0]!, how: 'normalised' };
    if (exact.length > 1) return { kind: 'pick', list: exact };
    // A shortened or misspelt estate name: the same-numbered buildings whose estate shares a character.
    const near = sameNumber.filter((b) => b.estate !== null && shared(estateKey(place), b.estate) > 0);
    return near.length > 0 ? { kind: 'pick', list: near } : { kind: 'none' };
  }
  if (sameNumber.length === 1) return { kind: 'one', building: sameNumber[0]!, how: 'normalised' };
  return sameNumber.length > 1 ? { kind: 'pick', list: sameNumber } : { kind: 'none' };
}

export function matchAddress(a: ParsedAddress, rawText: string, index: AddressIndex, picks: Readonly<Record<string, number>> = {}): AddressMatch {
  const exact = index.householdsByAddress.get(addressText(rawText, index.prefixes));
  if (exact && picks[buildingKey(a)] === undefined) return { kind: 'household', householdId: exact.id, buildingId: exact.buildingId, how: 'exact' };
  const found = findBuilding(a, index, picks);
  if (found.kind === 'pickInvalid') return found;
  if (found.kind === 'none') return { kind: 'noBuilding', key: buildingKey(a) };
  if (found.kind === 'pick') return { kind: 'pick', key: buildingKey(a), candidates: candidates(found.list, a.place) };
  const room = a.room!;
  const inRoom = (index.householdsByRoom.get(`${found.building.id}|${room}`) ?? []).filter((h) => a.unit === null || h.unit === a.unit);
  if (inRoom.length === 1) return { kind: 'household', householdId: inRoom[0]!.id, buildingId: found.building.id, how: found.how };
  if (inRoom.length > 1) return { kind: 'unitAmbiguous' };
  // A new household must lie in the building: 901 in a six-storey block is a typo.
  if ((a.floor ?? 1) > found.building.floors) return { kind: 'floorTooHigh', floors: found.building.floors };
  return { kind: 'newHousehold', buildingId: found.building.id, unit: a.unit ?? 1, floor: a.floor ?? 1, room, how: found.how };
}
