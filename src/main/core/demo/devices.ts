// The demo street's devices and a year of their events (issue #14 part B). A sample of
// residential estates took part in a 智慧门禁 pilot: every building of the sample has a
// lobby reader, and a share of its flats (all its 独居老人 homes among them) a flat reader;
// 独居老人 homes also have an emergency button, and each building a smoke detector in the
// stairwell and gas detectors in a few kitchens. Flats swipe their residents' cards a few
// times a day (fewer for one old person, none some days); a handful of real alerts happened
// over the year and were handled, and two are open at the anchor: an 独居老人 home quiet for
// 50 hours (escalated to the duty leader) and a smoke alarm three minutes old.
import type { Db } from '../db/database';
import { newSourceKey } from '../devices/sourceKeys';
import type { Rng } from './rng';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Buildings in the pilot per unit of scale (about one in twenty residential buildings at scale 1: a pilot, not a roll-out). */
const PILOT_BUILDINGS_PER_SCALE = 150;
/** Share of a pilot building's other flats with their own reader. */
const FLAT_READER_SHARE = 0.12;

interface Flat {
  id: number;
  building_id: number;
  members: number;
  alone: number;
}

export interface DeviceCounts {
  devices: number;
  events: number;
  alerts: number;
}

export function writeDevices(db: Db, rng: Rng, anchor: number, scale: number): DeviceCounts {
  return db.transaction((): DeviceCounts => {
    const sources = ['智慧门禁平台', '消防物联网平台', '安居呼叫系统'].map((name) => {
      // The demo's keys are thrown away: an administrator creates a real one for a vendor.
      const { hash, hint } = newSourceKey();
      return Number(db.prepare('INSERT INTO device_source (name, key_hash, key_hint, created_at) VALUES (?, ?, ?, ?)').run(name, hash, hint, anchor - 400 * DAY).lastInsertRowid);
    });
    const [doorSource, fireSource, callSource] = sources as [number, number, number];
    const buildings = db.prepare("SELECT id, code FROM building WHERE use = 'residential' ORDER BY id").all() as { id: number; code: string }[];
    const pilotCount = Math.max(4, Math.round(PILOT_BUILDINGS_PER_SCALE * scale));
    const pilot = buildings.filter((_, i) => i % Math.max(1, Math.floor(buildings.length / pilotCount)) === 0).slice(0, pilotCount);
    const installed = anchor - 380 * DAY;
    const addDevice = db.prepare('INSERT INTO device (code, kind, building_id, household_id, source_id, label, installed_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    const flatsOf = db.prepare(
      `SELECT h.id, h.building_id, COUNT(r.id) AS members, MAX(r.tags LIKE '%"elderly_alone"%') AS alone
       FROM household h JOIN resident r ON r.household_id = h.id WHERE h.building_id = ? GROUP BY h.id ORDER BY h.id`,
    );
    const readers: { deviceId: number; flat: Flat }[] = [];
    const buttons: { deviceId: number; flat: Flat }[] = [];
    const smokes: { deviceId: number; buildingId: number }[] = [];
    let devices = 0;
    let seq = 0;
    const code = (prefix: string) => `${prefix}-${String(++seq).padStart(6, '0')}`;
    for (const b of pilot) {
      addDevice.run(code('MJ'), 'door_reader', b.id, null, doorSource, '单元门禁', installed, anchor - rng.int(1, 600) * 1000);
      smokes.push({ deviceId: Number(addDevice.run(code('YG'), 'smoke', b.id, null, fireSource, '楼道烟感', installed, anchor - rng.int(1, 3600) * 1000).lastInsertRowid), buildingId: b.id });
      devices += 2;
      for (const flat of flatsOf.all(b.id) as Flat[]) {
        if (flat.alone !== 1 && !rng.chance(FLAT_READER_SHARE)) continue;
        readers.push({ deviceId: Number(addDevice.run(code('HM'), 'door_reader', b.id, flat.id, doorSource, '入户门禁', installed, null).lastInsertRowid), flat });
        devices++;
        if (flat.alone === 1) {
          buttons.push({ deviceId: Number(addDevice.run(code('HJ'), 'button', b.id, flat.id, callSource, '紧急呼叫按钮', installed, anchor - rng.int(1, 3600) * 1000).lastInsertRowid), flat });
          devices++;
        } else if (rng.chance(0.3)) {
          addDevice.run(code('RQ'), 'gas', b.id, flat.id, fireSource, '厨房燃气探测器', installed, anchor - rng.int(1, 3600) * 1000);
          devices++;
        }
      }
    }

    // One log row per month of the pilot's feed (the demo's events arrived through it).
    const ingestOf = new Map<number, number>();
    const ingestFor = (at: number): number => {
      const month = Math.floor((anchor - at) / (30 * DAY));
      let id = ingestOf.get(month);
      if (id === undefined) {
        id = Number(db.prepare("INSERT INTO device_ingest (channel, source_id, name, received_at, ok, lines, accepted, refused) VALUES ('demo', ?, ?, ?, 1, 0, 0, 0)").run(doorSource, `pilot-${month}`, anchor - month * 30 * DAY).lastInsertRowid);
        ingestOf.set(month, id);
      }
      return id;
    };
    const insertEvent = db.prepare('INSERT INTO device_event (device_id, at, kind, card, ingest_id) VALUES (?, ?, ?, ?, ?)');
    const lastUse = db.prepare('INSERT INTO household_card_use (household_id, last_at) VALUES (?, ?) ON CONFLICT(household_id) DO UPDATE SET last_at = MAX(last_at, excluded.last_at)');
    const seen = db.prepare('UPDATE device SET last_seen_at = ? WHERE id = ?');
    let events = 0;

    // The one quiet 独居老人 home at the anchor, and three earlier quiet spells (a hospital stay, a visit to a daughter).
    const alone = readers.filter((r) => r.flat.alone === 1);
    const quietNow = alone[0];
    const spells = new Map<number, [number, number]>();
    for (const [i, r] of alone.slice(1, 4).entries()) spells.set(r.deviceId, [anchor - (60 + i * 90) * DAY, anchor - (60 + i * 90) * DAY + (3 + i) * DAY]);
    // One flat let to many (群租), two months ago.
    const crowded = readers.find((r) => r.flat.alone !== 1 && r.flat.members >= 2);

    for (const r of readers) {
      const cards = Array.from({ length: Math.max(1, Math.min(4, r.flat.members)) }, (_, i) => `C${r.flat.id}${String.fromCharCode(65 + i)}`);
      const perDay = r.flat.alone === 1 ? 1.6 : 1.2 + cards.length * 1.1;
      const spell = spells.get(r.deviceId);
      const end = r === quietNow ? anchor - 50 * HOUR : anchor - rng.int(5, 300) * 60_000;
      let last = 0;
      for (let day = anchor - 365 * DAY; day < anchor; day += DAY) {
        const swipes = Math.floor(perDay + rng.float(-1, 1.4));
        for (let s = 0; s < swipes; s++) {
          const at = day + rng.int(7 * 60, 21 * 60) * 60_000;
          if (at > end || (spell && at >= spell[0] && at < spell[1])) continue;
          insertEvent.run(r.deviceId, at, 'card_swipe', rng.pick(cards), ingestFor(at));
          events++;
          if (at > last) last = at;
        }
      }
      // Whatever the dice said, a home with no spell and not the quiet one was used the evening before the anchor.
      if (r !== quietNow && last < anchor - 30 * HOUR) {
        last = anchor - rng.int(3, 20) * HOUR;
        insertEvent.run(r.deviceId, last, 'card_swipe', cards[0]!, ingestFor(last));
        events++;
      }
      if (r === crowded) {
        for (let i = 0; i < 9; i++) {
          const at = anchor - 62 * DAY + i * 15 * HOUR;
          insertEvent.run(r.deviceId, at, 'card_swipe', `Q${r.flat.id}-${i}`, ingestFor(at));
          events++;
        }
      }
      if (last > 0) {
        lastUse.run(r.flat.id, last);
        seen.run(last, r.deviceId);
      }
    }

    // The year's alerts and what was done about them (no person's name is stored with them).
    const leader = (db.prepare("SELECT id FROM app_user WHERE role = 'leader' ORDER BY id LIMIT 1").pluck().get() as number | undefined) ?? null;
    const desk = (db.prepare("SELECT id FROM app_user WHERE role = 'dispatcher' ORDER BY id LIMIT 1").pluck().get() as number | undefined) ?? null;
    const gridOf = db.prepare('SELECT grid_id FROM building WHERE id = ?').pluck();
    const addAlert = db.prepare(
      `INSERT INTO alert (rule, status, dedupe_key, raised_at, event_at, device_id, building_id, household_id, grid_id, detail, escalated_at, escalated_to, acted_at, acted_by, outcome, reason)
       VALUES (@rule, @status, @key, @raised, @event, @device, @building, @household, @grid, @detail, @escalatedAt, @escalatedTo, @actedAt, @actedBy, @outcome, @reason)`,
    );
    let alerts = 0;
    const alert = (a: { rule: string; status: string; raised: number; event: number; device: number; building: number; household: number | null; detail?: object; escalated?: boolean; acted?: number; outcome?: string; reason?: string }) => {
      addAlert.run({
        rule: a.rule,
        status: a.status,
        key: a.rule === 'no_card' || a.rule === 'crowded' ? `${a.rule}:h${a.household}` : `${a.rule}:d${a.device}`,
        raised: a.raised,
        event: a.event,
        device: a.device,
        building: a.building,
        household: a.household,
        grid: gridOf.get(a.building) as number,
        detail: JSON.stringify(a.detail ?? {}),
        escalatedAt: a.escalated ? a.raised + 10 * 60_000 : null,
        escalatedTo: a.escalated ? leader : null,
        actedAt: a.acted ?? null,
        actedBy: a.acted && a.outcome !== 'resolved' ? desk : null,
        outcome: a.outcome ?? null,
        reason: a.reason ?? null,
      });
      alerts++;
    };
    const spellReasons = ['电话联系家属，老人住院治疗中，已登记', '网格员上门核实，老人在女儿家暂住', '社区干部电话确认，老人外出探亲'];
    for (const [i, r] of alone.slice(1, 4).entries()) {
      const [from] = spells.get(r.deviceId)!;
      const raised = from + 48 * HOUR;
      alert({ rule: 'no_card', status: 'dismissed', raised, event: from, device: r.deviceId, building: r.flat.building_id, household: r.flat.id, detail: { hours: 48 }, acted: raised + (15 + i * 7) * 60_000, outcome: 'false_alarm', reason: spellReasons[i]! });
    }
    for (const [i, b] of buttons.slice(0, 3).entries()) {
      const raised = anchor - (20 + i * 110) * DAY + 9 * HOUR;
      alert({ rule: 'button', status: 'dismissed', raised, event: raised, device: b.deviceId, building: b.flat.building_id, household: b.flat.id, acted: raised + 6 * 60_000, outcome: 'false_alarm', reason: i === 0 ? '老人打扫时误触按钮，电话确认平安' : '误触，网格员电话回访确认无事' });
    }
    for (const [i, s] of smokes.slice(1, 3).entries()) {
      const raised = anchor - (45 + i * 130) * DAY + 18 * HOUR;
      alert({ rule: 'smoke', status: 'dismissed', raised, event: raised, device: s.deviceId, building: s.buildingId, household: null, acted: raised + 9 * 60_000, outcome: 'false_alarm', reason: '楼道有人吸烟触发，物业现场核实无火情' });
    }
    if (crowded) {
      const raised = anchor - 62 * DAY + 8 * 15 * HOUR;
      alert({ rule: 'crowded', status: 'dismissed', raised, event: raised, device: crowded.deviceId, building: crowded.flat.building_id, household: crowded.flat.id, detail: { cards: 9 }, escalated: true, acted: raised + 26 * HOUR, outcome: 'false_alarm', reason: '网格员上门核实：装修工人临时门卡，已收回' });
    }
    // Open at the anchor.
    if (quietNow) {
      const since = anchor - 50 * HOUR;
      alert({ rule: 'no_card', status: 'escalated', raised: since + 48 * HOUR, event: since, device: quietNow.deviceId, building: quietNow.flat.building_id, household: quietNow.flat.id, detail: { hours: 48 }, escalated: true });
    }
    const smokeNow = smokes[0];
    if (smokeNow) alert({ rule: 'smoke', status: 'open', raised: anchor - 3 * 60_000, event: anchor - 3 * 60_000, device: smokeNow.deviceId, building: smokeNow.buildingId, household: null });
    return { devices, events, alerts };
  })();
}
