// Visiting rules per care tag (走访规则): who visits and every how many days.
import { CARE_VISITORS, type CareRuleView, type CareVisitor } from '../../../shared/care';
import { RESIDENT_TAGS, type ResidentTag } from '../../../shared/domain';
import type { Db } from '../db/database';

export function careRules(db: Db): CareRuleView[] {
  const rows = db.prepare('SELECT tag, visitor, every_days FROM care_rule').all() as { tag: ResidentTag; visitor: CareVisitor; every_days: number }[];
  const order = (r: { tag: ResidentTag; visitor: CareVisitor }) => RESIDENT_TAGS.indexOf(r.tag) * 10 + CARE_VISITORS.indexOf(r.visitor);
  return rows.map((r) => ({ tag: r.tag, visitor: r.visitor, everyDays: r.every_days })).sort((a, b) => order(a) - order(b));
}

/** Sets (everyDays) or removes (null) rules; runs inside the caller's transaction. */
export function putCareRules(db: Db, rules: readonly { tag: ResidentTag; visitor: CareVisitor; everyDays: number | null }[]): void {
  const upsert = db.prepare('INSERT INTO care_rule (tag, visitor, every_days) VALUES (?, ?, ?) ON CONFLICT(tag, visitor) DO UPDATE SET every_days = excluded.every_days');
  const remove = db.prepare('DELETE FROM care_rule WHERE tag = ? AND visitor = ?');
  for (const r of rules) {
    if (r.everyDays === null) remove.run(r.tag, r.visitor);
    else upsert.run(r.tag, r.visitor, r.everyDays);
  }
}

/** Per visitor kind, the shortest interval among a resident's tags (a resident tagged twice is visited at the stricter pace). */
export function intervalsFor(tags: readonly ResidentTag[], rules: readonly CareRuleView[]): Map<CareVisitor, number> {
  const out = new Map<CareVisitor, number>();
  for (const r of rules) {
    if (!tags.includes(r.tag)) continue;
    const had = out.get(r.visitor);
    if (had === undefined || r.everyDays < had) out.set(r.visitor, r.everyDays);
  }
  return out;
}
