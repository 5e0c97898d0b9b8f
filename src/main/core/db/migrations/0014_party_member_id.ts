// Migration 0014: a Party member's own ID number. A member linked to a resident is known by
// the resident's number (left NULL here, no backfill); a member with no resident record in
// the street (a 流动 member, one living elsewhere) had none, so imports matched them by name
// and re-exported them with the column blank. The partial unique index is the lookup and
// keeps one number from naming two members. Personal data: masked by role as a resident's is.
//
// The SQL is frozen with the migration.
export default /* sql */ `
ALTER TABLE party_member ADD COLUMN id_number TEXT;
CREATE UNIQUE INDEX party_member_id_number ON party_member (id_number) WHERE id_number IS NOT NULL;
-- 转出 moves the whole row; the departed keep their number as history.
ALTER TABLE party_member_departed ADD COLUMN id_number TEXT;
`;
