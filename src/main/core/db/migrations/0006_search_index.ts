// Migration 0006: indexes for the search box, so every kind of key a 12345 dispatcher types
// is answered from an index with the limit applied in the query (see core/search/).
// - Residents: name exact/prefix use resident_name; the given name alone (小明 → 王小明) and a
//   phone's last four digits get expression indexes, which SQLite keeps current itself. Each
//   also holds the name or phone, so counting up to the cap reads the index only, no rows.
// - Places and organisations: FTS5 trigram indexes (contained matches of 3+ characters) over
//   the tables' own text (external content: the text is not stored twice), kept current by
//   the triggers below on every INSERT, UPDATE and DELETE, the demo generator's included.
// The FTS shadow tables live inside the encrypted database like any other table: no file
// of their own, and temp_store is MEMORY, so nothing of the index reaches disk in plain text.
import { givenNameSql } from '../../search/givenName';

/** External-content FTS5 trigram index over `table`'s `columns`, with the triggers that keep it current. */
function trigramIndex(table: string, columns: readonly string[]): string {
  const fts = `${table}_fts`;
  const cols = columns.join(', ');
  const values = (row: 'new' | 'old') => columns.map((c) => `${row}.${c}`).join(', ');
  return `
CREATE VIRTUAL TABLE ${fts} USING fts5(${cols}, content='${table}', content_rowid='id', tokenize='trigram');
CREATE TRIGGER ${fts}_ai AFTER INSERT ON ${table} BEGIN
  INSERT INTO ${fts} (rowid, ${cols}) VALUES (new.id, ${values('new')});
END;
CREATE TRIGGER ${fts}_ad AFTER DELETE ON ${table} BEGIN
  INSERT INTO ${fts} (${fts}, rowid, ${cols}) VALUES ('delete', old.id, ${values('old')});
END;
CREATE TRIGGER ${fts}_au AFTER UPDATE OF ${cols} ON ${table} BEGIN
  INSERT INTO ${fts} (${fts}, rowid, ${cols}) VALUES ('delete', old.id, ${values('old')});
  INSERT INTO ${fts} (rowid, ${cols}) VALUES (new.id, ${values('new')});
END;
INSERT INTO ${fts} (${fts}) VALUES ('rebuild');
`;
}

export default /* sql */ `
CREATE INDEX resident_given_name ON resident(${givenNameSql('name')}, name);
CREATE INDEX resident_phone_tail ON resident(substr(phone, -4), phone);
CREATE INDEX tenant_phone_tail ON tenant(substr(phone, -4), phone);
CREATE INDEX building_name ON building(name);
${trigramIndex('building', ['name', 'address'])}
${trigramIndex('household', ['address'])}
${trigramIndex('tenant', ['name'])}
${trigramIndex('party_org', ['name'])}
`;
