// Households and residents ("人进户、户进房"). Household make-up follows an ageing
// Chongqing inner-city street: many elderly couples and elderly living alone, families
// of three, some three-generation homes, young renters sharing flats.
import type { ResidentTag } from '../../../shared/domain';
import { RESIDENT_TAGS } from '../../../shared/domain';
import { shanghaiDayIndex } from '../calendar/workCalendar';
import { idNumberCheckChar } from '../validation/idNumber';
import type { BuildingPlan } from './buildings';
import { mobilePhone, personName, surname } from './names';
import { STREET } from './plan';
import type { Rng } from './rng';

export type Relation = '户主' | '配偶' | '子女' | '父母' | '其他';
export type Tenure = 'owner' | 'renter' | 'public';

export interface Household {
  id: number;
  building: number;
  unit: number;
  floor: number;
  room: string;
  address: string;
  tenure: Tenure;
  headResidentId: number;
  size: number;
}

export interface Resident {
  id: number;
  householdId: number;
  building: number;
  name: string;
  gender: 'M' | 'F';
  birthDate: string;
  age: number;
  idNumber: string;
  phone: string | null;
  relation: Relation;
  tags: ResidentTag[];
  partyMember: boolean;
}

interface MemberSpec {
  relation: Relation;
  gender: 'M' | 'F';
  age: number;
  /** Same surname as the head (children, the head's father). */
  headFamily: boolean;
}

const DAY_MS = 86_400_000;

/** The age of an elderly person: more in their sixties and seventies than their nineties. */
function elderlyAge(rng: Rng, min = 60): number {
  return Math.min(98, min + Math.floor(Math.abs(rng.normal(0, 11))));
}

function couple(rng: Rng, husbandAge: number): MemberSpec[] {
  const wifeAge = Math.max(18, husbandAge - rng.int(-2, 5));
  const headIsMale = rng.chance(0.75);
  return [
    { relation: '户主', gender: headIsMale ? 'M' : 'F', age: headIsMale ? husbandAge : wifeAge, headFamily: true },
    { relation: '配偶', gender: headIsMale ? 'F' : 'M', age: headIsMale ? wifeAge : husbandAge, headFamily: false },
  ];
}

function children(rng: Rng, parentAge: number, count: number): MemberSpec[] {
  const out: MemberSpec[] = [];
  let age = parentAge - rng.int(23, 33);
  for (let k = 0; k < count; k++) {
    out.push({ relation: '子女', gender: rng.chance(0.51) ? 'M' : 'F', age: Math.max(0, age), headFamily: rng.chance(0.95) });
    age -= rng.int(2, 8);
  }
  return out;
}

function grandparents(rng: Rng, headAge: number, count: number): MemberSpec[] {
  const age = Math.min(98, headAge + rng.int(24, 32));
  const father: MemberSpec = { relation: '父母', gender: 'M', age, headFamily: true };
  const mother: MemberSpec = { relation: '父母', gender: 'F', age: Math.max(50, age - rng.int(0, 4)), headFamily: false };
  if (count === 2) return [father, mother];
  return [rng.chance(0.65) ? mother : father];
}

/** Members of one household of the given size; the head first. */
function composeHousehold(rng: Rng, size: number, tenure: Tenure): MemberSpec[] {
  const adult = (min: number, max: number): MemberSpec => ({ relation: '户主', gender: rng.chance(0.55) ? 'M' : 'F', age: rng.int(min, max), headFamily: true });
  if (tenure === 'renter' && size <= 3 && rng.chance(0.2)) {
    // Young people sharing a rented flat (合租): unrelated adults.
    return Array.from({ length: size }, (_, k) => ({ ...adult(21, 35), relation: k === 0 ? '户主' : '其他', headFamily: k === 0 }));
  }
  switch (size) {
    case 1:
      return [rng.chance(0.45) ? { ...adult(0, 0), age: elderlyAge(rng, 62) } : adult(22, 55)];
    case 2: {
      const kind = rng.weighted([['elderly', 0.42], ['couple', 0.43], ['single-parent', 0.15]]);
      if (kind === 'elderly') return couple(rng, elderlyAge(rng, 62));
      if (kind === 'couple') return couple(rng, rng.int(24, 59));
      const parent = adult(40, 65);
      return [parent, ...children(rng, parent.age, 1)];
    }
    case 3: {
      if (rng.chance(0.18)) {
        const old = couple(rng, elderlyAge(rng, 62));
        return [...old, ...children(rng, old[0]!.age, 1).map((c) => ({ ...c, age: Math.max(c.age, 25) }))];
      }
      const c = couple(rng, rng.int(28, 55));
      return [...c, ...children(rng, c[0]!.age, 1)];
    }
    case 4: {
      const c = couple(rng, rng.int(30, 50));
      return rng.chance(0.45) ? [...c, ...children(rng, c[0]!.age, 2)] : [...c, ...children(rng, c[0]!.age, 1), ...grandparents(rng, c[0]!.age, 1)];
    }
    case 5: {
      const c = couple(rng, rng.int(30, 48));
      return rng.chance(0.5)
        ? [...c, ...children(rng, c[0]!.age, 2), ...grandparents(rng, c[0]!.age, 1)]
        : [...c, ...children(rng, c[0]!.age, 1), ...grandparents(rng, c[0]!.age, 2)];
    }
    default: {
      const c = couple(rng, rng.int(32, 48));
      return [...c, ...children(rng, c[0]!.age, 2), ...grandparents(rng, c[0]!.age, 2)];
    }
  }
}

const SIZE_WEIGHTS: readonly (readonly [number, number])[] = [[1, 0.2], [2, 0.33], [3, 0.27], [4, 0.13], [5, 0.05], [6, 0.02]];

/** Birth date for an age at the anchor: uniform over the year of age. */
function birthDate(rng: Rng, anchorDay: number, age: number): string {
  const day = anchorDay - Math.floor(age * 365.2425) - rng.int(1, 364);
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Issues unique identity numbers: region, birth date, a random sequence with the gender parity, check character. */
export class IdNumberIssuer {
  private readonly used = new Set<string>();

  constructor(private readonly region: string) {}

  issue(rng: Rng, birth: string, gender: 'M' | 'F'): string {
    const date = birth.replaceAll('-', '');
    // 500 sequences per birth date and gender: far more than one street ever needs.
    for (let attempt = 0; attempt < 5000; attempt++) {
      // Sequence 001-999 with the last digit odd for men, even for women.
      const seq = rng.int(0, 99) * 10 + (gender === 'M' ? rng.pick([1, 3, 5, 7, 9]) : rng.pick([0, 2, 4, 6, 8]));
      if (seq === 0) continue;
      const first17 = this.region + date + String(seq).padStart(3, '0');
      if (this.used.has(first17)) continue;
      this.used.add(first17);
      return first17 + idNumberCheckChar(first17);
    }
    throw new Error(`no identity number left for ${birth} ${gender}`);
  }
}

export interface PeopleResult {
  households: Household[];
  residents: Resident[];
}

/**
 * Households for every home of every building, and their members. Ages are at the anchor
 * date; tags follow the rules the street uses for its care lists.
 */
export function generatePeople(rng: Rng, buildings: readonly BuildingPlan[], anchor: number): PeopleResult {
  const anchorDay = shanghaiDayIndex(anchor);
  const ids = new IdNumberIssuer(STREET.regionCode);
  const households: Household[] = [];
  const residents: Resident[] = [];
  for (const b of buildings) {
    if (b.households === 0) continue;
    const r = rng.fork(`b${b.index}`);
    const renterShare = b.kind === 'walkup' ? 0.3 : 0.18;
    let made = 0;
    for (let unit = 1; unit <= b.units && made < b.households; unit++) {
      for (let floor = b.residentialFrom; floor <= b.floors && made < b.households; floor++) {
        for (let k = 1; k <= b.perFloor && made < b.households; k++, made++) {
          const room = `${floor}${String(k).padStart(2, '0')}`;
          const tenure: Tenure = b.publicRental ? 'public' : r.chance(renterShare) ? 'renter' : 'owner';
          const size = r.weighted(SIZE_WEIGHTS);
          const members = composeHousehold(r, size, tenure);
          const household: Household = {
            id: households.length + 1,
            building: b.index,
            unit,
            floor,
            room,
            address: `${b.address}${unit}单元${room}`,
            tenure,
            headResidentId: residents.length + 1,
            size: members.length,
          };
          households.push(household);
          addMembers(r, household, members, b, anchorDay, ids, residents);
        }
      }
    }
  }
  return { households, residents };
}

function addMembers(
  rng: Rng,
  household: Household,
  members: readonly MemberSpec[],
  building: BuildingPlan,
  anchorDay: number,
  ids: IdNumberIssuer,
  out: Resident[],
): void {
  const family = surname(rng);
  const lowIncome = rng.chance(0.02);
  for (const m of members) {
    const birth = birthDate(rng, anchorDay, m.age);
    const birthYear = Number(birth.slice(0, 4));
    const tags = new Set<ResidentTag>();
    if (members.length === 1 && m.age >= 70 && rng.chance(0.8)) tags.add('elderly_alone');
    if (m.age >= 60 && household.floor >= 4 && !building.hasLift) tags.add('no_lift_elderly');
    if (rng.chance(m.age >= 60 ? 0.036 : 0.009)) tags.add('disabled');
    if (lowIncome) tags.add('low_income');
    if ((tags.has('elderly_alone') && m.age >= 80 && rng.chance(0.5)) || (tags.has('disabled') && lowIncome) || rng.chance(0.002)) tags.add('key_care');
    const adult = m.age >= 16;
    const partyMember = m.age >= 18 && rng.chance(m.age < 30 ? 0.009 : m.age < 60 ? 0.016 : 0.028);
    out.push({
      id: out.length + 1,
      householdId: household.id,
      building: building.index,
      name: personName(rng, m.gender, birthYear, m.headFamily ? family : undefined),
      gender: m.gender,
      birthDate: birth,
      age: m.age,
      idNumber: ids.issue(rng, birth, m.gender),
      phone: adult && (m.age < 80 || rng.chance(0.6)) ? mobilePhone(rng) : null,
      relation: m.relation,
      tags: RESIDENT_TAGS.filter((t) => tags.has(t)),
      partyMember,
    });
  }
}
