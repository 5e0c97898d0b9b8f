// The preview's plan, kept for the commit that follows it. Reading and matching a community's
// workbook takes seconds; the commit used to do it all again in its own worker. Now the
// preview's worker serialises the plan (v8), the query thread keeps the bytes (never parsed
// there, never written to disk: they hold personal data) under the preview's digest, and the
// commit's worker uses them only when nothing they depend on changed:
//   - the same inputs (register, community, file bytes, template as saved, mapping, picks,
//     the importer's role and community, the import's day: date checks compare with today),
//   - the same data stamp, read inside the commit's transaction: the newest audit entry and
//     change-history row (every write of the core appends an audit entry with it).
// Otherwise (a register written in between, the app restarted, an old preview) the commit
// plans again as before, and refuses a stale digest.
import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import type { ImportCommitInput, ImportPreview, ImportPreviewInput } from '../../../shared/registerImport';
import { shanghaiDate } from '../calendar/workCalendar';
import type { Db } from '../db/database';
import type { RegisterActor } from '../registers/changeLog';
import type { MappingOverrides } from './mapColumns';
import type { RegisterPlan } from './planImport';
import type { PlannedRow } from './registerKind';

/** What the commit needs of a plan: the rows it writes (most rows of a monthly register are unchanged) and the counts. */
export interface CommitPlan {
  key: string;
  stamp: string;
  digest: string;
  writes: PlannedRow<unknown, unknown>[];
  unchanged: number;
  notWritten: number;
}

/** The preview as the read task returns it: the API's preview, and the plan's bytes for the query thread to keep. */
export type PreviewWithPlan = ImportPreview & { commitPlan?: Uint8Array };

/** The commit's input as the handler passes it on: the API's input (strict: a caller cannot send a plan) and the kept plan. */
export type CommitInputWithPlan = ImportCommitInput & { commitPlan?: Uint8Array };

/** Changes with every write: both tables only grow, one row or more per write. */
export function dataStamp(db: Db): string {
  const row = db.prepare('SELECT (SELECT coalesce(max(id), 0) FROM audit_log) AS a, (SELECT coalesce(max(id), 0) FROM record_change) AS c').get() as { a: number; c: number };
  return `${row.a}.${row.c}`;
}

/** Everything besides the data that the plan depends on. */
export function planKey(input: ImportPreviewInput, fileDigest: string, template: MappingOverrides | undefined, who: RegisterActor): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        input.register,
        input.communityId,
        fileDigest,
        template ?? null,
        input.mapping ?? null,
        input.picks ?? null,
        who.user.id,
        who.user.role,
        who.user.communityId,
        shanghaiDate(who.now),
      ]),
    )
    .digest('hex');
}

export function packPlan(plan: RegisterPlan, key: string, stamp: string): Uint8Array {
  const commit: CommitPlan = { key, stamp, ...commitPart(plan) };
  return serialize(commit);
}

export function unpackPlan(bytes: Uint8Array): CommitPlan {
  return deserialize(bytes) as CommitPlan;
}

export function notWrittenRows(plan: Pick<RegisterPlan, 'issues'>): number {
  return new Set(plan.issues.map((i) => `${i.sheet}|${i.row}`)).size;
}

/** The commit's part of a plan made again (no kept plan, or it was stale). */
export function commitPart(plan: RegisterPlan): Omit<CommitPlan, 'key' | 'stamp'> {
  const writes = plan.rows.filter((r) => r.outcome !== 'unchanged');
  return { digest: plan.digest, writes, unchanged: plan.rows.length - writes.length, notWritten: notWrittenRows(plan) };
}

const KEEP = 4;
const KEEP_MS = 30 * 60_000;

interface Kept {
  bytes: Uint8Array;
  at: number;
}

/** Per open street (its query-thread connection): the last few previews' plans, for half an hour. */
const kept = new WeakMap<Db, Map<string, Kept>>();

/** Takes the plan's bytes off the preview (the caller gets the API's preview) and keeps them. */
export function keepPlan(db: Db, preview: PreviewWithPlan, now: number): ImportPreview {
  const { commitPlan, ...view } = preview;
  if (!commitPlan) return view;
  const store = kept.get(db) ?? new Map<string, Kept>();
  kept.set(db, store);
  for (const [digest, k] of store) if (now - k.at > KEEP_MS) store.delete(digest);
  store.delete(view.digest);
  store.set(view.digest, { bytes: commitPlan, at: now });
  while (store.size > KEEP) store.delete(store.keys().next().value!);
  return view;
}

/** The kept plan of the preview with this digest, if any (it is used once). */
export function takePlan(db: Db, digest: string, now: number): Uint8Array | undefined {
  const store = kept.get(db);
  const k = store?.get(digest);
  if (!k) return undefined;
  store!.delete(digest);
  return now - k.at > KEEP_MS ? undefined : k.bytes;
}
