// Unmasking one record: an explicit act with a reason, allowed by REVEAL_MATRIX (and, for a
// community account, inside its community), counted against the bulk-read limit and written
// to the audit log with the fields shown and the reason (numbers in the reason scrubbed).
import type { RevealedPerson, RevealInput, RevealKind } from '../../../shared/access';
import type { ResidentTag } from '../../../shared/domain';
import { ApiError } from '../../../shared/errors';
import type { Db } from '../db/database';
import { scrubNumbers } from '../privacy/mask';
import type { Session } from '../session/sessions';
import { admitPersonalRead } from './bulkReads';
import { requireInScope, type ScopedEntity } from './communityScope';
import { REVEAL_MATRIX } from './matrix';
import { auditReveal } from './readAudit';

const ENTITY: Record<RevealKind, { scoped: ScopedEntity; table: string }> = {
  resident: { scoped: 'resident', table: 'resident' },
  reporter: { scoped: 'case', table: 'case_file' },
  partyMember: { scoped: 'partyMember', table: 'party_member' },
};

function load(db: Db, kind: RevealKind, id: number): RevealedPerson | undefined {
  if (kind === 'resident') {
    const r = db
      .prepare('SELECT r.name, r.phone, r.id_number, r.tags, h.address FROM resident r JOIN household h ON h.id = r.household_id WHERE r.id = ?')
      .get(id) as { name: string; phone: string | null; id_number: string; tags: string; address: string } | undefined;
    return r && { kind, id, name: r.name, phone: r.phone, idNumber: r.id_number, address: r.address, tags: JSON.parse(r.tags) as ResidentTag[] };
  }
  if (kind === 'reporter') {
    const c = db.prepare('SELECT reporter_name, reporter_phone FROM case_file WHERE id = ?').get(id) as { reporter_name: string | null; reporter_phone: string | null } | undefined;
    return c && { kind, id, name: c.reporter_name, phone: c.reporter_phone, idNumber: null, address: null, tags: [] };
  }
  const m = db.prepare('SELECT name, phone FROM party_member WHERE id = ?').get(id) as { name: string; phone: string } | undefined;
  return m && { kind, id, name: m.name, phone: m.phone, idNumber: null, address: null, tags: [] };
}

export function revealPerson(db: Db, session: Session, now: number, input: RevealInput): RevealedPerson {
  const user = session.user;
  if (!REVEAL_MATRIX[user.role].includes(input.kind)) throw new ApiError('unauthorized', `the ${user.role} role may not unmask ${input.kind} records`);
  const { scoped, table } = ENTITY[input.kind];
  requireInScope(db, user, scoped, input.id);
  const person = load(db, input.kind, input.id);
  if (!person) throw new ApiError('not_found', `${input.kind} ${input.id} does not exist`);
  const fields: string[] = (['name', 'phone', 'idNumber', 'address'] as const).filter((f) => person[f] !== null);
  if (person.tags.length > 0) fields.push('tags');
  admitPersonalRead(db, session, now, { method: 'person.reveal', entity: table, entityId: input.id, persons: [`${input.kind}:${input.id}`] });
  auditReveal(db, now, user.id, table, input.id, fields, scrubNumbers(input.reason));
  return person;
}
