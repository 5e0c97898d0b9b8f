// Commercial tenants (市场主体): shops on the ground floors of street-front buildings,
// stalls in markets, shops in malls, firms in office towers and a few workshops. Their
// number is fixed by the scale and shared out by each building's lettable space.
import type { CreditGrade } from '../../../shared/domain';
import { buildUscc, USCC_CHARSET, USCC_TYPES } from '../validation/uscc';
import type { BuildingKind, BuildingPlan } from './buildings';
import { bilinear, type Pt } from './geometry/planar';
import { landlinePhone, mobilePhone, personName, surname, type TenantCategory, tenantName } from './names';
import { STREET } from './plan';
import type { Rng } from './rng';

export interface Tenant {
  id: number;
  building: number;
  name: string;
  category: TenantCategory;
  uscc: string;
  individual: boolean;
  legalRep: string;
  phone: string;
  employees: number;
  partyMembers: number;
  /** Party organisation id, set once the organisations exist; null = 党建真空. */
  coveringOrgId: number | null;
  creditGrade: CreditGrade;
  floor: number;
  point: Pt;
}

/** Tenants of a real street (market entities: shops, firms, stalls). */
const TENANTS_AT_SCALE_1 = 14_000;

/** Square metres of floor space per tenant, by building kind. */
const M2_PER_TENANT: Partial<Record<BuildingKind, number>> = {
  walkup: 60,
  midrise: 60,
  tower: 80,
  market: 35,
  mall: 110,
  office: 170,
  industrial: 700,
};

const CATEGORY_MIX: Record<'street' | 'mall' | 'market' | 'office' | 'industrial', readonly (readonly [TenantCategory, number])[]> = {
  street: [['餐饮', 30], ['零售', 26], ['美容美发', 10], ['医药', 6], ['维修', 6], ['家政', 3], ['生活服务', 9], ['文化娱乐', 4], ['住宿', 2], ['教育培训', 3], ['金融', 1]],
  mall: [['零售', 40], ['餐饮', 26], ['教育培训', 8], ['文化娱乐', 8], ['美容美发', 7], ['生活服务', 5], ['医药', 3], ['金融', 3]],
  market: [['零售', 70], ['餐饮', 20], ['生活服务', 10]],
  office: [['商务服务', 30], ['科技', 24], ['金融', 10], ['教育培训', 10], ['物流', 6], ['家政', 4], ['医药', 4], ['文化娱乐', 4], ['住宿', 4], ['零售', 4]],
  industrial: [['物流', 45], ['维修', 35], ['零售', 10], ['科技', 10]],
};

function mixFor(kind: BuildingKind): (typeof CATEGORY_MIX)[keyof typeof CATEGORY_MIX] {
  if (kind === 'mall') return CATEGORY_MIX.mall;
  if (kind === 'market') return CATEGORY_MIX.market;
  if (kind === 'office') return CATEGORY_MIX.office;
  if (kind === 'industrial') return CATEGORY_MIX.industrial;
  return CATEGORY_MIX.street;
}

/** Largest-remainder shares of `total` in proportion to weights, at least one each. */
function apportion(total: number, weights: readonly number[]): number[] {
  const n = weights.length;
  if (n === 0) return [];
  const rest = Math.max(0, total - n);
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (rest * w) / sum);
  const shares = exact.map((x) => 1 + Math.floor(x));
  let left = total - shares.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0 && k < order.length; k++, left--) shares[order[k]![1]]! += 1;
  return shares;
}

/** Every USCC character is also a valid GB 11714 body character. */
const USCC_CHARS = USCC_CHARSET.split('');

export class UsccIssuer {
  private readonly used = new Set<string>();

  issue(rng: Rng, individual: boolean): string {
    const body = () => {
      // Codes issued since 2015 carry an organisation segment starting MA; older firms kept their numeric code.
      if (rng.chance(0.7)) return 'MA' + Array.from({ length: 6 }, () => rng.pick(USCC_CHARS)).join('');
      return String(rng.int(10_000_000, 99_999_999));
    };
    for (;;) {
      const code = buildUscc(individual ? USCC_TYPES.individualBusiness : USCC_TYPES.enterprise, STREET.regionCode, body());
      if (!this.used.has(code)) {
        this.used.add(code);
        return code;
      }
    }
  }
}

export function generateTenants(rng: Rng, buildings: readonly BuildingPlan[], scale: number, anchorYear: number, communityStems: readonly string[]): Tenant[] {
  const hosts = buildings.filter((b) => b.tenantFloors > 0);
  const total = Math.round(TENANTS_AT_SCALE_1 * scale * rng.float(0.97, 1.03));
  const shares = apportion(
    total,
    hosts.map((b) => (b.tenantFloors * b.areaM2) / M2_PER_TENANT[b.kind]!),
  );
  const uscc = new UsccIssuer();
  const tenants: Tenant[] = [];
  hosts.forEach((b, h) => {
    const r = rng.fork(`t${b.index}`);
    const mix = mixFor(b.kind);
    const stem = b.road.replace(/(大道|正街|横街|支路|路|街|巷)$/, '') || communityStems[b.community]!;
    for (let k = 0; k < shares[h]!; k++) {
      const category = r.weighted(mix);
      const family = surname(r);
      const { name, individual } = tenantName(r, category, stem, family);
      const repAge = r.int(24, 66);
      const employees = individual ? Math.max(1, Math.round(Math.exp(r.normal(1.1, 0.6)))) : Math.max(2, Math.min(800, Math.round(Math.exp(r.normal(2.6, 1.0)))));
      tenants.push({
        id: tenants.length + 1,
        building: b.index,
        name,
        category,
        uscc: uscc.issue(r, individual),
        individual,
        legalRep: personName(r, r.chance(0.62) ? 'M' : 'F', anchorYear - repAge, family),
        phone: !individual && r.chance(0.5) ? landlinePhone(r) : mobilePhone(r),
        employees,
        partyMembers: 0,
        coveringOrgId: null,
        creditGrade: r.weighted<CreditGrade>([['A', 0.38], ['B', 0.45], ['C', 0.13], ['D', 0.04]]),
        floor: b.use === 'mixed' ? r.int(1, Math.max(1, b.tenantFloors)) : r.int(1, b.floors),
        // Inside the footprint, away from its edges.
        point: bilinear(b.footprint, r.float(0.1, 0.9), r.float(0.1, 0.9)),
      });
    }
  });
  return tenants;
}

