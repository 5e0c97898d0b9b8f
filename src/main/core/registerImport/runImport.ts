// The import's entry points as the worker runs them (off the query thread: a whole street's
// register takes seconds to read): the workbook from base64, the template by name, the plan;
// then the preview, or the error workbook. Planned with the caller's clock and role (`who`).
import { createHash } from 'node:crypto';
import type { ExportedFile } from '../../../shared/api';
import type { ImportPreviewInput } from '../../../shared/registerImport';
import type { Db } from '../db/database';
import type { RegisterActor } from '../registers/changeLog';
import { errorWorkbook } from './errorWorkbook';
import { checkMapping } from './mapColumns';
import { planAny, type RegisterPlan } from './planImport';
import { dataStamp, packPlan, planKey, type PreviewWithPlan } from './planCache';
import { previewView } from './previewView';
import { readWorkbook, type WorkbookGrid } from './readWorkbook';
import { registerKind } from './registerKinds';
import { templateMapping } from './templates';

export type Progress = (fraction: number, stage: string) => void;

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function planFromInput(db: Db, input: ImportPreviewInput, who: RegisterActor, progress: Progress): Promise<{ grid: WorkbookGrid; plan: RegisterPlan; key: string; stamp: string }> {
  const kind = registerKind(input.register);
  if (input.mapping) checkMapping(kind.columns, input.mapping, 'mapping');
  const template = input.template ? templateMapping(db, input.register, input.template) : undefined;
  const bytes = Buffer.from(input.file.base64, 'base64');
  const fileDigest = createHash('sha256').update(bytes).digest('hex');
  progress(0.05, 'read');
  const grid = await readWorkbook(bytes);
  progress(0.5, 'match');
  // Read before the plan: a write while planning changes the stamp, and the commit plans again.
  const stamp = dataStamp(db);
  const plan = planAny(kind, db, grid, {
    communityId: input.communityId,
    fileName: input.file.name,
    fileDigest,
    ...(template ? { template } : {}),
    ...(input.mapping ? { mapping: input.mapping } : {}),
    ...(input.picks ? { picks: input.picks } : {}),
    now: who.now,
    importer: who.user,
  });
  return { grid, plan, key: planKey(input, fileDigest, template, who), stamp };
}

/** The preview, carrying the plan for the commit (the query thread takes it off: planCache.ts). */
export async function importPreview(db: Db, input: ImportPreviewInput, who: RegisterActor, progress: Progress): Promise<PreviewWithPlan> {
  const { plan, key, stamp } = await planFromInput(db, input, who, progress);
  progress(0.95, 'preview');
  return { ...previewView(plan, input.register), commitPlan: packPlan(plan, key, stamp) };
}

/** 居民台账_错误行.xlsx for 居民台账.xlsx. */
export function errorFileName(fileName: string): string {
  const stem = fileName.replace(/\.[^.]*$/, '') || 'register';
  return `${stem}_错误行.xlsx`;
}

export async function importErrors(db: Db, input: ImportPreviewInput, who: RegisterActor, progress: Progress): Promise<ExportedFile> {
  const { grid, plan } = await planFromInput(db, input, who, progress);
  progress(0.8, 'write');
  const bytes = await errorWorkbook(grid, plan);
  return { fileName: errorFileName(input.file.name), mime: XLSX_MIME, base64: bytes.toString('base64') };
}
