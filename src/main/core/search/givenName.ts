// How a resident's name splits into surname and given name, as one SQL expression. The
// migration indexes resident(<this expression>) and the search queries repeat it verbatim,
// so "小明" finds 王小明 through an index rather than a scan. A plain expression (no
// subquery, no function of ours) because SQLite only indexes deterministic built-ins.

/** Two-character surnames (复姓) common in registers; any other name has a one-character surname. */
export const COMPOUND_SURNAMES = [
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙',
  '宇文', '司徒', '夏侯', '轩辕', '令狐', '端木', '独孤', '南宫', '西门', '申屠',
] as const;

function sqlList(values: readonly string[]): string {
  return values.map((v) => `'${v}'`).join(', ');
}

/** SQL for the given name of `column`: without a listed 复姓 when the name is longer than it. */
export function givenNameSql(column: string): string {
  return `(CASE WHEN length(${column}) > 2 AND substr(${column}, 1, 2) IN (${sqlList(COMPOUND_SURNAMES)}) THEN substr(${column}, 3) ELSE substr(${column}, 2) END)`;
}

/** The same split in TypeScript, for tests and for telling a hit's match apart. */
export function givenName(name: string): string {
  const chars = Array.from(name);
  const head = chars.slice(0, 2).join('');
  return chars.length > 2 && (COMPOUND_SURNAMES as readonly string[]).includes(head) ? chars.slice(2).join('') : chars.slice(1).join('');
}
