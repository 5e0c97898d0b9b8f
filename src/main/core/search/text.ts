// What a typed query can be: the same text is tried as a name, a phone (full or its last
// digits), a case code, a USCC and an address; each reading decides which index paths run.

/** SQLite's trigram index needs three characters; shorter text goes to prefix indexes. */
export const TRIGRAM_MIN = 3;
/** The smallest phone tail a desk reads out ("尾号 1234"). */
export const PHONE_TAIL_MIN = 4;

export interface QueryText {
  q: string;
  /** Upper bound for a prefix range on a B-tree: every string starting with q sorts below it. */
  upper: string;
  /** An FTS5 phrase for q (quotes doubled), usable when q has at least TRIGRAM_MIN characters. */
  phrase: string | null;
  /** `%q%` with LIKE wildcards escaped (ESCAPE '\'), for scans of small tables. */
  like: string;
  /** Digits only, at least PHONE_TAIL_MIN and at most 11 (a full mobile number): a phone or its tail. */
  phoneTail: string | null;
  /** The uppercase form when q can be the start of a USCC (统一社会信用代码). */
  uscc: string | null;
  /** The case code prefix q can be (AJ…, or its digits alone). */
  caseCode: string | null;
}

const USCC_START = /^[0-9A-HJ-NPQRTUWXY]{2,18}$/;

export function readQuery(raw: string): QueryText {
  const q = raw.trim();
  const chars = Array.from(q).length;
  const upper = q.toUpperCase();
  const digits = /^\d+$/.test(q);
  return {
    q,
    upper: `${q}\u{10FFFF}`,
    phrase: chars >= TRIGRAM_MIN ? `"${q.replace(/"/g, '""')}"` : null,
    like: `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
    phoneTail: digits && q.length >= PHONE_TAIL_MIN && q.length <= 11 ? q : null,
    // A USCC has a letter or digit in every place; mere digits shorter than 8 are a phone tail or a room, not a code.
    uscc: USCC_START.test(upper) && (!digits || q.length >= 8) ? upper : null,
    caseCode: /^AJ\d*$/.test(upper) ? upper : digits && q.length >= 8 ? `AJ${q}` : null,
  };
}
