// A register to Excel (台账导出), alike for every register kind: one sheet, its header row the
// FIRST synonym of each exported field (the header the import maps first), then the kind's rows
// in those columns, masked as the caller's role sees them (the kind's exportRows decides with
// core/access). Streamed with exceljs's WorkbookWriter, row by row, so a street's 200,000
// residents never sit in memory as a workbook; runs in a worker as an 'export' job.
import type { ExportedFile } from '../../../shared/api';
import type { RegisterExportInput } from '../../../shared/registerImport';
import type { UserView } from '../../../shared/views';
import type { Db } from '../db/database';
import { shanghaiDate } from '../calendar/workCalendar';
import { registerKind } from '../registerImport/registerKinds';
import { XLSX_MIME, type Progress } from '../registerImport/runImport';
import { notFound } from '../services/refs';
import { streamingWorkbook } from '../xlsx/streamingWorkbook';
import { exportHeader } from './exportHeader';

/** Progress about every this many rows (and at least a hundred times over the whole file). */
const PROGRESS_ROWS = 2000;

function placeName(db: Db, input: RegisterExportInput): string {
  const community = db.prepare('SELECT name FROM community WHERE id = ?').get(input.communityId) as { name: string } | undefined;
  if (!community) throw notFound('community', input.communityId);
  if (input.gridId === undefined) return community.name;
  const grid = db.prepare('SELECT name FROM grid WHERE id = ? AND community_id = ?').get(input.gridId, input.communityId) as { name: string } | undefined;
  if (!grid) throw notFound('grid', input.gridId);
  // Grid names usually carry their community's (杨家坪社区第01网格): not written twice.
  return grid.name.startsWith(community.name) ? grid.name : `${community.name}${grid.name}`;
}

/** 居民台账_九龙社区_2026-12-02.xlsx; characters a file system refuses are dropped. */
export function exportFileName(title: string, place: string, now: number): string {
  return `${title}_${place}_${shanghaiDate(now)}.xlsx`.replace(/[\\/:*?"<>|]/g, '');
}

export async function exportRegister(db: Db, input: RegisterExportInput, viewer: UserView, now: number, progress: Progress): Promise<ExportedFile> {
  const kind = registerKind(input.register);
  const place = placeName(db, input);
  const scope = { communityId: input.communityId, gridId: input.gridId ?? null };
  const title = kind.title ?? input.register;
  const total = kind.exportCount?.(db, scope) ?? null;
  progress(0.02, 'read');

  const { workbook, finish } = streamingWorkbook();
  const sheet = workbook.addWorksheet(title.slice(0, 31));
  const header = exportHeader(kind);
  const text = new Set<string>(kind.textFields);
  sheet.columns = header.map((h) => ({ width: Math.max(10, Math.min(40, h.label.length * 2 + 6)), ...(text.has(h.field) ? { style: { numFmt: '@' } } : {}) }));
  sheet.addRow(header.map((h) => h.label)).commit();
  let n = 0;
  const every = total === null ? PROGRESS_ROWS : Math.max(1, Math.min(PROGRESS_ROWS, Math.floor(total / 100)));
  for (const row of kind.exportRows(db, scope, viewer)) {
    sheet.addRow(header.map((h) => row[h.field] ?? null)).commit();
    n++;
    // Without a count the bar creeps towards 0.9 and never claims to be done.
    if (n % every === 0) progress(total === null ? 0.9 - 0.85 / (1 + n / 10_000) : 0.05 + (0.85 * n) / Math.max(1, total), 'write');
  }
  sheet.commit();
  progress(0.95, 'save');
  const bytes = await finish();
  return { fileName: exportFileName(title, place, now), mime: XLSX_MIME, base64: bytes.toString('base64') };
}
