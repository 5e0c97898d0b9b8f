// Twelve months of case history. Each case is simulated through the standard workflow
// (report → register → dispatch → handling → feedback → verify → close → evaluate) with
// the side paths (cancel, 退回 return, extension, rework, 挂账 suspend, escalation,
// 督办 supervision) on the work calendar; then everything after the anchor is cut off,
// which leaves the cases of the last hours and days open in whatever stage they reached.
import type { CaseEventKind, CaseSource, CaseStatus } from '../../../shared/domain';
import { shanghaiDate, shanghaiDayIndex, shanghaiDayStart, unitMs, type WorkCalendar } from '../calendar/workCalendar';
import type { CaseExtensionRequest } from '../../../shared/views';
import { readActor } from '../reference/actors';
import { CASE_SUBCATEGORIES, type SubcategoryDef } from '../reference/categories';
import { writeNote } from '../reference/eventNotes';
import { DEPARTMENTS } from '../reference/departments';
import { ADDRESS_PREFIX, type BuildingPlan } from './buildings';
import { bilinear, type Pt } from './geometry/planar';
import { mobilePhone, personName } from './names';
import type { Resident } from './people';
import { type Rng, WeightedTable } from './rng';
import type { Staff } from './staff';


export interface CaseEvent {
  caseId: number;
  kind: CaseEventKind;
  from: CaseStatus | null;
  to: CaseStatus;
  actor: string;
  at: number;
  note: string;
}

export interface CaseFile {
  id: number;
  code: string;
  source: CaseSource;
  categoryId: number;
  grid: number;
  building: number;
  point: Pt;
  address: string;
  description: string;
  reporterName: string | null;
  reporterPhone: string | null;
  status: CaseStatus;
  assigneeDepartmentId: number | null;
  assigneeStaffId: number | null;
  supervised: boolean;
  reworkCount: number;
  extended: boolean;
  /** A 申请延期 still waiting for a decision at the anchor (JSON, as the desk stores it). */
  extensionRequest: string | null;
  reportedAt: number;
  registeredAt: number | null;
  dispatchedAt: number | null;
  dueAt: number | null;
  closedAt: number | null;
  evaluatedAt: number | null;
  satisfaction: number | null;
  updatedAt: number;
}

export const CASES_AT_SCALE_1 = 40_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const HISTORY_DAYS = 365;

const SOURCE_WEIGHTS: readonly (readonly [CaseSource, number])[] = [['patrol', 0.52], ['hotline', 0.22], ['resident', 0.12], ['sensor', 0.08], ['leader', 0.06]];

/** How common each subcategory is (1 when not listed). */
const BASE_WEIGHT: Readonly<Record<string, number>> = {
  SJ0101: 12, SJ0401: 9, SJ0201: 9, SJ0402: 7, SJ0103: 6, SJ0404: 6, SJ0405: 6, SJ0102: 5, SJ0403: 4, SJ0106: 3, SJ0107: 3,
  SJ0105: 3, SJ0406: 2, SJ0301: 2, SJ0303: 2, SJ0304: 2, SJ0601: 2, SJ0602: 2, SJ0604: 2, SJ0605: 2, BJ0108: 4, BJ0102: 2,
  BJ0103: 2, BJ0201: 2, BJ0202: 2, BJ0301: 2, BJ0503: 2, BJ0504: 2,
};
/** Extra weight by source: what residents phone about differs from what patrols see. */
const SOURCE_FACTOR: Readonly<Record<CaseSource, Readonly<Record<string, number>>>> = {
  patrol: { SJ0601: 0.2, SJ0602: 0.2, SJ0107: 0.3, SJ0606: 0 },
  hotline: { SJ0107: 6, SJ0106: 5, SJ0601: 5, SJ0602: 6, SJ0301: 3, SJ0302: 4, BJ0504: 4, BJ0503: 3, SJ0201: 0.3, SJ0402: 0.5, SJ0606: 0 },
  resident: { SJ0107: 4, SJ0106: 3, SJ0601: 5, SJ0602: 4, SJ0603: 3, BJ0503: 4, BJ0504: 3, BJ0602: 3, SJ0606: 0 },
  sensor: {},
  leader: { SJ0301: 6, SJ0401: 2, SJ0101: 2, BJ0201: 3, SJ0106: 3, SJ0506: 4, SJ0606: 0 },
};
/** Sensors only detect some things: manhole covers, lights, water, gas, smoke, alarms. */
const SENSOR_CODES = new Set(['BJ0101', 'BJ0102', 'BJ0103', 'BJ0104', 'BJ0106', 'BJ0108', 'BJ0603', 'BJ0604', 'SJ0104', 'SJ0502', 'SJ0503', 'SJ0505', 'SJ0605', 'SJ0606']);
/** Matters at a building rather than in the street: their address is the building's. */
const AT_BUILDING = /^(BJ05|SJ06|SJ0106|SJ0107|SJ0301|SJ0302)/;
/** Matters only homes have (stairwells, neighbours, property management, flat-sharing, the elderly). */
const AT_HOME = /^(BJ0503|SJ060[1236])/;

const DISPATCHERS = ['调度员 王敏', '调度员 王敏', '调度员 刘洋', '调度员 张丽'];
const LEADERS = ['街道领导 陈静', '街道领导 周建华', '街道领导 罗晓东'];

const CANCEL_NOTES = ['重复上报，已合并', '现场核实无此问题', '不属于受理范围，已告知来电人', '信息不全，无法核实'];
const RETURN_NOTES = ['非本单位职责，申请退回', '权属不清，请重新派遣', '不属本单位管辖范围'];
const REWORK_NOTES = ['现场核查未处置到位，退回重办', '问题仍然存在，请返工', '处置不彻底，群众仍有反映'];
const SUSPEND_NOTES = ['涉及历史遗留问题，暂无法解决，列入挂账', '需纳入区级改造计划，挂账跟踪'];
const ESCALATE_NOTES = ['街道无法解决，上报区数字化城管中心', '涉及多部门，提请区级会商联办'];
const SUPERVISE_NOTES = ['领导督办：请加快处置', '超期未办结，请说明情况并限期办结', '群众反映强烈，列入督办'];

export interface CaseContext {
  rng: Rng;
  calendar: WorkCalendar;
  anchor: number;
  scale: number;
  buildings: readonly BuildingPlan[];
  residents: readonly Resident[];
  staff: readonly Staff[];
  /** Tenants per building (street-order cases gather where shops are). */
  tenantsPerBuilding: ReadonlyMap<number, number>;
  categoryIds: ReadonlyMap<string, number>;
  departmentIds: ReadonlyMap<string, number>;
}

export interface Seed {
  order: number;
  /** AJ + report date + 5-digit sequence of that day, e.g. AJ2026112100123. */
  code: string;
  reportedAt: number;
  source: CaseSource;
  sub: SubcategoryDef;
  building: BuildingPlan;
  stuck: boolean;
}

/** Draws when, where and what for every case, sorted by report time (codes follow that order). */
export function planCases(ctx: CaseContext): Seed[] {
  const rng = ctx.rng.fork('seeds');
  const total = Math.round(CASES_AT_SCALE_1 * ctx.scale * rng.float(0.97, 1.03));
  const start = ctx.anchor - HISTORY_DAYS * DAY;
  const firstDay = shanghaiDayIndex(start);
  const lastDay = shanghaiDayIndex(ctx.anchor - 1);
  const days: number[] = [];
  const dayWeights: number[] = [];
  for (let d = firstDay; d <= lastDay; d++) {
    days.push(d);
    const season = 1 + 0.15 * Math.sin((2 * Math.PI * (d % 365.2425)) / 365.2425 - 1.2);
    dayWeights.push((ctx.calendar.isWorkingDayIndex(d) ? 1 : 0.55) * season);
  }
  const dayTable = new WeightedTable(days, dayWeights);
  const sourceTable = new WeightedTable(
    SOURCE_WEIGHTS.map(([s]) => s),
    SOURCE_WEIGHTS.map(([, w]) => w),
  );
  const subTables = new Map(
    SOURCE_WEIGHTS.map(([source]) => [
      source,
      new WeightedTable(
        CASE_SUBCATEGORIES,
        CASE_SUBCATEGORIES.map((s) => (source === 'sensor' && !SENSOR_CODES.has(s.code) ? 0 : (BASE_WEIGHT[s.code] ?? 1) * (SOURCE_FACTOR[source][s.code] ?? 1))),
      ),
    ]),
  );
  const places = ctx.buildings.map((b) => b.households + 2 * (ctx.tenantsPerBuilding.get(b.index) ?? 0) + 8);
  const placeTable = new WeightedTable(ctx.buildings, places);
  const homes = ctx.buildings.filter((b) => b.households > 0);
  const homeTable = new WeightedTable(homes, homes.map((b) => b.households));

  const seeds: Seed[] = [];
  for (let i = 0; i < total; i++) {
    const source = sourceTable.draw(rng);
    let at = 0;
    do at = shanghaiDayStart(dayTable.draw(rng)) + timeOfDay(rng, source);
    while (at < start || at >= ctx.anchor);
    const sub = subTables.get(source)!.draw(rng);
    const building = (AT_HOME.test(sub.code) ? homeTable : placeTable).draw(rng);
    seeds.push({ order: i, code: '', reportedAt: at, source, sub, building, stuck: false });
  }
  seeds.sort((a, b) => a.reportedAt - b.reportedAt || a.order - b.order);
  let day = '';
  let n = 0;
  for (const s of seeds) {
    const d = shanghaiDate(s.reportedAt).replaceAll('-', '');
    n = d === day ? n + 1 : 1;
    day = d;
    s.code = `AJ${d}${String(n).padStart(5, '0')}`;
  }

  // A few recent cases are stuck in handling past their due time: the overdue list must not be empty.
  const stuck = Math.max(3, Math.round(60 * ctx.scale));
  const candidates = seeds.filter(
    (s) => s.reportedAt > ctx.anchor - 20 * DAY && ctx.calendar.addWorkingTime(s.reportedAt, s.sub.limit * (unitMs(s.sub.unit) / HOUR) + 2, 'work_hour') < ctx.anchor - HOUR,
  );
  for (const s of rng.shuffle(candidates).slice(0, stuck)) s.stuck = true;
  return seeds;
}

/** Milliseconds after local midnight: patrols and leaders in office hours, the hotline into the evening, sensors any time. */
/** Milliseconds after midnight a case of this source comes in: whole milliseconds, as every stored time is. */
function timeOfDay(rng: Rng, source: CaseSource): number {
  return Math.round(hourOfDay(rng, source) * HOUR);
}

function hourOfDay(rng: Rng, source: CaseSource): number {
  switch (source) {
    case 'patrol':
    case 'leader':
      return rng.chance(0.9) ? (rng.chance(0.5) ? rng.float(8.5, 12) : rng.float(14, 17.5)) : rng.float(18, 21);
    case 'hotline':
      return rng.weighted([[rng.float(7, 9), 1], [rng.float(9, 12), 4], [rng.float(12, 14), 1.5], [rng.float(14, 18), 4], [rng.float(18, 22), 2]]);
    case 'resident':
      return rng.float(8, 21);
    case 'sensor':
      return rng.float(0, 24);
  }
}

/** Lookups shared by every chunk of cases. */
export interface CaseIndex {
  gridWorker: Map<number, Staff>;
  residentRange: Map<number, [number, number]>;
  departmentNames: Map<string, string>;
  /** District and utility departments: where a misrouted case may land first. */
  otherDepartments: string[];
}

export function indexForCases(ctx: CaseContext): CaseIndex {
  const gridWorker = new Map<number, Staff>();
  for (const s of ctx.staff) if (s.role === 'grid_worker') gridWorker.set(s.grid, s);
  return {
    gridWorker,
    residentRange: residentsByBuilding(ctx.residents),
    departmentNames: new Map(DEPARTMENTS.map((d) => [d.code, d.name])),
    otherDepartments: DEPARTMENTS.filter((d) => d.kind !== 'street').map((d) => d.code),
  };
}

/** Turns seeds into cases with their events; `firstId` is the id of seeds[0]. */
export function simulateCases(ctx: CaseContext, index: CaseIndex, seeds: readonly Seed[], firstId: number): { cases: CaseFile[]; events: CaseEvent[] } {
  const { residentRange, departmentNames, otherDepartments } = index;
  const cases: CaseFile[] = [];
  const events: CaseEvent[] = [];
  seeds.forEach((seed, k) => {
    const id = firstId + k;
    const rng = ctx.rng.fork(`case${id}`);
    const b = seed.building;
    const worker = index.gridWorker.get(b.grid)!;
    const place = `${b.road}${b.houseNumber}`;
    const atBuilding = AT_BUILDING.test(seed.sub.code);
    const shortPlace = atBuilding ? `${place}（${b.name}）` : `${place}附近`;
    let reporter: { name: string; phone: string } | null = null;
    if (seed.source === 'resident' || seed.source === 'hotline') {
      const local = pickResident(rng, ctx.residents, residentRange.get(b.index)) ?? (seed.source === 'hotline' ? pickResident(rng, ctx.residents, [0, ctx.residents.length]) : null);
      reporter = local && rng.chance(0.85) ? { name: local.name, phone: local.phone! } : { name: personName(rng, rng.chance(0.5) ? 'M' : 'F', 1960 + rng.int(0, 40)), phone: mobilePhone(rng) };
    }
    const department = seed.sub.dispatchTo === 'owner' ? seed.sub.owner : null;
    const wrongDepartment = department && rng.chance(0.025) ? rng.pick(otherDepartments.filter((c) => c !== department)) : null;
    const flow = runWorkflow(rng, ctx, seed, {
      reportActor: reportActor(rng, seed.source, worker, reporter),
      handler: department ? departmentNames.get(department)! : `网格员 ${worker.name}`,
      verifier: `网格员 ${worker.name}`,
      evaluator: reporter ? `居民 ${reporter.name}` : `居民 ${pickResident(rng, ctx.residents, residentRange.get(b.index))?.name ?? '匿名'}`,
      wrongDepartment: wrongDepartment ? departmentNames.get(wrongDepartment)! : null,
    });
    for (const e of flow.events) events.push({ ...e, caseId: id });
    const kept = flow.events;
    const last = kept[kept.length - 1]!;
    const firstAt = (kind: CaseEventKind) => kept.find((e) => e.kind === kind)?.at ?? null;
    const dispatches = kept.filter((e) => e.kind === 'dispatch').length;
    const dispatchedAt = kept.findLast((e) => e.kind === 'dispatch')?.at ?? null;
    // Sitting with the wrong department until it sends the case back (退回).
    const assignedDepartment = wrongDepartment && dispatches === 1 ? wrongDepartment : department;
    const extended = kept.some((e) => e.kind === 'extend');
    // Asked for before the anchor, decided after it: the request waits on the desk.
    const extensionPending = !extended && kept.some((e) => e.kind === 'extend_request');
    const evaluatedAt = firstAt('evaluate');
    cases.push({
      id,
      code: seed.code,
      source: seed.source,
      categoryId: ctx.categoryIds.get(seed.sub.code)!,
      grid: b.grid,
      building: b.index,
      point: bilinear(b.slot, rng.float(0.05, 0.95), rng.float(0.05, 0.95)),
      address: atBuilding ? b.address : `${ADDRESS_PREFIX}${place}附近`,
      description: describe(seed.source, shortPlace, seed.sub.name),
      reporterName: reporter?.name ?? null,
      reporterPhone: reporter?.phone ?? null,
      status: last.to,
      assigneeDepartmentId: dispatchedAt !== null && assignedDepartment ? ctx.departmentIds.get(assignedDepartment)! : null,
      assigneeStaffId: dispatchedAt !== null && !assignedDepartment ? worker.id : null,
      supervised: kept.some((e) => e.kind === 'supervise'),
      reworkCount: kept.filter((e) => e.kind === 'verify_fail').length,
      extended,
      extensionRequest: extensionPending ? JSON.stringify(flow.extensionRequest) : null,
      reportedAt: seed.reportedAt,
      registeredAt: firstAt('register'),
      dispatchedAt,
      dueAt: dispatchedAt === null ? null : extended ? flow.extendedDueAt! : Math.round(ctx.calendar.addWorkingTime(dispatchedAt, seed.sub.limit, seed.sub.unit)),
      closedAt: firstAt('close'),
      evaluatedAt,
      satisfaction: evaluatedAt !== null ? flow.satisfaction : null,
      updatedAt: last.at,
    });
  });
  return { cases, events };
}

/** Residents are generated building by building, so each building's residents are one id range. */
function residentsByBuilding(residents: readonly Resident[]): Map<number, [number, number]> {
  const ranges = new Map<number, [number, number]>();
  residents.forEach((r, i) => {
    const range = ranges.get(r.building);
    if (range) range[1] = i + 1;
    else ranges.set(r.building, [i, i + 1]);
  });
  return ranges;
}

function pickResident(rng: Rng, residents: readonly Resident[], range: readonly [number, number] | undefined): Resident | null {
  if (!range) return null;
  for (let k = 0; k < 6; k++) {
    const r = residents[rng.int(range[0], range[1] - 1)]!;
    if (r.phone !== null && r.age >= 18) return r;
  }
  return null;
}

function reportActor(rng: Rng, source: CaseSource, worker: Staff, reporter: { name: string } | null): string {
  switch (source) {
    case 'patrol':
      return `网格员 ${worker.name}`;
    case 'resident':
      return `居民 ${reporter!.name}`;
    case 'hotline':
      return '12345热线';
    case 'sensor':
      return '智能感知平台';
    case 'leader':
      return rng.pick(LEADERS);
  }
}

function describe(source: CaseSource, place: string, what: string): string {
  switch (source) {
    case 'patrol':
      return `巡查发现${place}${what}，已拍照上报。`;
    case 'resident':
      return `居民反映${place}${what}，希望尽快处理。`;
    case 'hotline':
      return `12345热线转办：市民来电反映${place}${what}。`;
    case 'sensor':
      return `智能感知设备告警：${place}疑似${what}。`;
    case 'leader':
      return `街道领导交办：${place}${what}，请限期处置。`;
  }
}

interface Actors {
  reportActor: string;
  handler: string;
  verifier: string;
  evaluator: string;
  /** Set when the case first goes to the wrong department, which returns it. */
  wrongDepartment: string | null;
}

type Step = Omit<CaseEvent, 'caseId' | 'from'>;

interface Flow {
  events: Omit<CaseEvent, 'caseId'>[];
  /** Due time after an extension (延期), when one was granted. */
  extendedDueAt: number | null;
  /** The extension asked for, when one was. */
  extensionRequest: CaseExtensionRequest | null;
  satisfaction: number;
}

/**
 * The full life of one case as if nothing stopped it, then cut at the anchor. Times use
 * the work calendar (nobody registers cases at 3 a.m.); evaluations use calendar time.
 */
function runWorkflow(rng: Rng, ctx: CaseContext, seed: Seed, actors: Actors): Flow {
  const cal = ctx.calendar;
  const limitHours = (seed.sub.limit * unitMs(seed.sub.unit)) / HOUR;
  // Every step lands on a whole millisecond (the schema's epoch ms are integers); so do the due times below.
  const hours = (from: number, h: number) => Math.round(cal.addWorkingTime(from, h, 'work_hour'));
  const dispatcher = rng.pick(DISPATCHERS);
  const steps: Step[] = [{ kind: 'report', to: 'reported', actor: actors.reportActor, at: seed.reportedAt, note: '' }];
  let extensionRequest: CaseExtensionRequest | null = null;
  const flow = (extendedDueAt: number | null = null, satisfaction = 0): Flow => ({ events: cutAtAnchor(ctx.anchor, steps), extendedDueAt, extensionRequest, satisfaction });

  // Most cases are registered and dispatched within the hour; a busy desk takes longer.
  const delay = () => (rng.chance(0.8) ? rng.float(0.05, 0.6) : rng.float(0.6, 4));
  let t = hours(seed.reportedAt, delay());
  if (!seed.stuck && rng.chance(0.04)) {
    steps.push({ kind: 'cancel', to: 'cancelled', actor: dispatcher, at: t, note: rng.pick(CANCEL_NOTES) });
    return flow();
  }
  steps.push({ kind: 'register', to: 'registered', actor: dispatcher, at: t, note: '' });
  t = hours(t, delay());
  if (actors.wrongDepartment) {
    steps.push({ kind: 'dispatch', to: 'dispatched', actor: dispatcher, at: t, note: writeNote([{ kind: 'dispatchedTo', to: readActor(actors.wrongDepartment) }]) });
    t = hours(t, rng.float(0.3, 4));
    steps.push({ kind: 'return', to: 'registered', actor: actors.wrongDepartment, at: t, note: rng.pick(RETURN_NOTES) });
    t = hours(t, rng.float(0.1, 0.5));
  }
  steps.push({ kind: 'dispatch', to: 'dispatched', actor: dispatcher, at: t, note: writeNote([{ kind: 'dispatchedTo', to: readActor(actors.handler) }]) });
  const dispatchedAt = t;
  const dueAt = Math.round(cal.addWorkingTime(dispatchedAt, seed.sub.limit, seed.sub.unit));
  if (seed.source === 'leader') steps.push({ kind: 'supervise', to: 'dispatched', actor: rng.pick(LEADERS), at: t + 1000, note: '领导交办事项，纳入督办' });

  t = hours(t, Math.min(4, limitHours * rng.float(0.02, 0.15)));
  steps.push({ kind: 'accept', to: 'handling', actor: actors.handler, at: t, note: '已签收，正在处置' });

  if (seed.stuck) {
    // Never finished: handling runs on past the due time and past the anchor.
    const overdueAt = hours(dueAt, rng.float(0.5, 6));
    if (rng.chance(0.6) && overdueAt < ctx.anchor) steps.push(supervise(rng, overdueAt));
    return flow();
  }
  if (rng.chance(0.003)) {
    const suspend = rng.chance(0.5);
    t = hours(t, limitHours * rng.float(0.3, 1.5));
    steps.push({ kind: suspend ? 'suspend' : 'escalate', to: suspend ? 'suspended' : 'escalated', actor: dispatcher, at: t, note: rng.pick(suspend ? SUSPEND_NOTES : ESCALATE_NOTES) });
    return flow();
  }

  let fraction = rng.chance(0.07) ? rng.float(1.05, 2.2) : 0.15 + 0.8 * rng.next() ** 1.5;
  let extendedDueAt: number | null = null;
  if (seed.sub.unit === 'work_day' && rng.chance(0.04)) {
    // 延期 as the desk records it: the handler asks part-way through for as long again as
    // the original limit (申请延期), the dispatcher approves it within the working hour
    // (批准延期), and the due time moves on from the old one as an approval moves it.
    const amount = seed.sub.limit;
    const requestedAt = hours(t, limitHours * rng.float(0.3, 0.7));
    const approvedAt = hours(requestedAt, 1);
    extensionRequest = { amount, unit: 'work_day', note: '', requestedAt, requestedBy: actors.handler };
    steps.push({ kind: 'extend_request', to: 'handling', actor: actors.handler, at: requestedAt, note: writeNote([{ kind: 'extensionRequested', amount, unit: 'work_day' }]) });
    steps.push({ kind: 'extend', to: 'handling', actor: dispatcher, at: approvedAt, note: writeNote([{ kind: 'extensionApproved', amount, unit: 'work_day' }]) });
    extendedDueAt = Math.round(cal.addWorkingTime(Math.max(dueAt, approvedAt), amount, 'work_day'));
    fraction = rng.float(1.1, 1.9);
  }
  // `fraction` of the limit is used up to the close; on-site verification takes the last part of it.
  const verifyHours = () => Math.min(3, limitHours * rng.float(0.04, 0.15));
  let verify = verifyHours();
  t = Math.max(t + 60_000, hours(dispatchedAt, Math.max(0, limitHours * fraction - verify)));
  const rounds = rng.chance(0.06) ? (rng.chance(0.15) ? 2 : 1) : 0;
  for (let round = 0; ; round++) {
    steps.push({ kind: 'feedback', to: 'awaiting_verification', actor: actors.handler, at: t, note: '已处置完毕，请核查' });
    t = hours(t, verify);
    verify = verifyHours();
    if (round >= rounds) break;
    steps.push({ kind: 'verify_fail', to: 'handling', actor: actors.verifier, at: t, note: rng.pick(REWORK_NOTES) });
    t = hours(t, limitHours * rng.float(0.2, 0.6));
  }
  steps.push({ kind: 'close', to: 'closed', actor: dispatcher, at: t, note: writeNote([{ kind: 'verifiedClosed' }]) });
  const closeAt = t;
  const effectiveDue = extendedDueAt ?? dueAt;
  // 督办: most often on cases that ran past their due time, sometimes early on.
  if (effectiveDue < closeAt && rng.chance(0.15)) steps.push(supervise(rng, effectiveDue + (closeAt - effectiveDue) * 0.3));
  else if (rng.chance(0.015)) steps.push(supervise(rng, dispatchedAt + (closeAt - dispatchedAt) * 0.2));
  let satisfaction = 0;
  const hasReporter = seed.source === 'resident' || seed.source === 'hotline';
  if (rng.chance(hasReporter ? 0.93 : 0.78)) {
    const poor = closeAt > effectiveDue || rounds > 0;
    satisfaction = rng.weighted([[5, poor ? 0.35 : 0.6], [4, 0.26], [3, poor ? 0.2 : 0.09], [2, 0.045], [1, 0.025]]);
    steps.push({ kind: 'evaluate', to: 'closed', actor: actors.evaluator, at: Math.round(closeAt + rng.float(0.5, 48) * HOUR), note: writeNote([{ kind: 'satisfaction', stars: satisfaction }]) });
  }
  return flow(extendedDueAt, satisfaction);
}

/** A supervision step; its status is filled in by cutAtAnchor() from the events before it. */
function supervise(rng: Rng, at: number): Step {
  return { kind: 'supervise', to: 'handling', actor: rng.pick(LEADERS), at: Math.round(at), note: rng.pick(SUPERVISE_NOTES) };
}

/**
 * Orders the steps in time, drops what lies at or after the anchor and fills in each
 * event's from-status. Supervision keeps the status in force at its moment, so the chain
 * stays consistent wherever it falls.
 */
function cutAtAnchor(anchor: number, steps: readonly Step[]): Omit<CaseEvent, 'caseId'>[] {
  const ordered = steps.map((s, i) => ({ s, i })).sort((a, b) => a.s.at - b.s.at || a.i - b.i);
  const events: Omit<CaseEvent, 'caseId'>[] = [];
  let status: CaseStatus | null = null;
  for (const { s } of ordered) {
    if (s.at >= anchor) break;
    const to: CaseStatus = s.kind === 'supervise' && status !== null ? status : s.to;
    events.push({ ...s, from: status, to });
    status = to;
  }
  return events;
}
