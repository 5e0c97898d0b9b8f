// Excel import of the community registers (台账): what crosses the boundary. The pipeline
// itself (read → header → columns → normalise → validate → match → preview) lives in
// src/main/core/registerImport; these are its inputs and the preview it answers with.
import { z } from 'zod';
import { id, text } from './inputRules';
import { IMPORT_REGISTERS, type ImportRegister } from './vocab/registerImport';

export { IGNORE_COLUMN, IMPORT_REGISTERS, type ImportRegister } from './vocab/registerImport';

/** The columns a residents-with-households register may carry (its import and, later, its export). */
export const RESIDENT_IMPORT_FIELDS = [
  'name',
  'idNumber',
  'gender',
  'birthDate',
  'phone',
  'relation',
  'address',
  'estate',
  'building',
  'unit',
  'room',
  'householdNo',
  'note',
] as const;
export type ResidentImportField = (typeof RESIDENT_IMPORT_FIELDS)[number];

/** 30 MiB of request body holds a workbook of about 22 MiB as base64 (4 characters per 3 bytes). */
export const IMPORT_MAX_BASE64 = 30_000_000;

/** Why a row is not written, as a stable word; the core's catalog words each in zh-CN and English. */
export const IMPORT_REASONS = [
  'required_missing',
  'id_scientific',
  'id_lost_digits',
  'id_format',
  'id_checksum',
  'id_birth_date',
  'id_region',
  'birth_date_mismatch',
  'gender_mismatch',
  'date_invalid',
  'gender_invalid',
  'phone_invalid',
  'phone_no_area_code',
  'name_invalid',
  'address_unparsed',
  'address_no_building',
  'address_ambiguous',
  'address_unit_ambiguous',
  'address_floor',
  'pick_invalid',
  'duplicate_in_file',
  'second_head',
  'name_differs',
  'other_community',
  // The same for a community's own staff, worded without saying where the person is registered.
  'id_unavailable',
  // Grid staff (网格人员) and facilities (设施).
  'post_invalid',
  'grid_unknown',
  'grid_other_community',
  'building_unknown',
  'building_not_in_grid',
  'building_head_only_column',
  'post_twice_in_file',
  'resident_id_unknown',
  'id_masked',
  'phone_masked',
  'date_after_today',
  'post_role_refused',
  'party_member_invalid',
  'facility_kind_unknown',
  'coordinate_invalid',
  'point_outside_street',
  'point_other_community',
  'community_differs',
  'name_twice_in_file',
  'too_long',
  // Party organisations (党组织) and Party members (党员).
  'org_kind_unknown',
  'org_level_invalid',
  'org_level_mismatch',
  'org_parent_unknown',
  'org_parent_cycle',
  'org_parent_refused',
  'org_parent_kind',
  'org_too_deep',
  'org_name_ambiguous',
  'org_twice_in_file',
  'org_place_unknown',
  'coverage_unknown',
  'coverage_ambiguous',
  'field_fixed',
  'masked_unmatched',
  'member_category_unknown',
  'member_org_unknown',
  'report_community_unknown',
  'org_parent_community',
  // Buildings (楼栋) and tenants (商户/单位).
  'number_invalid',
  'number_lost_digits',
  'value_not_allowed',
  'building_no_footprint',
  'building_ambiguous',
  'building_other_community',
  'building_keys_differ',
  'building_address_differs',
  'building_twice_in_file',
  'building_name_taken',
  'floors_below_households',
  'uscc_bad_length',
  'uscc_bad_letter',
  'uscc_bad_char',
  'uscc_bad_check',
  'uscc_twice_in_file',
  'tenant_other_community',
  'tenant_ambiguous',
  'tenant_new_closed',
  'tenant_deregistered',
  'tenant_floor_above',
] as const;
export type ImportReason = (typeof IMPORT_REASONS)[number];

/** Header label (as the sheet shows it, spaces and line breaks removed) → field, or 'ignore'. */
const columnMapping = z.record(text(100, { min: 1 }), text(40, { min: 1 }), { error: 'must map header labels to field names' });

const importFile = z.strictObject({
  name: text(200, { min: 1 }),
  base64: z
    .string({ error: 'must be the workbook as base64' })
    .min(1, 'is required')
    .max(IMPORT_MAX_BASE64, 'is too large (a workbook of about 22 MiB at most)')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
});

export const importPreviewInput = z.strictObject({
  register: z.enum(IMPORT_REGISTERS, { error: `must be one of ${IMPORT_REGISTERS.join(', ')}` }),
  /** The community the register belongs to: addresses are matched within it only. */
  communityId: id(),
  file: importFile,
  /** Corrections to the automatic mapping (they win over a template's). */
  mapping: columnMapping.optional(),
  /** A saved template's name, applied before `mapping`. */
  template: text(50, { min: 1 }).optional(),
  /** Address key (from a preview's needsPick) → the building the user chose for it. */
  picks: z.record(text(300, { min: 1 }), id()).optional(),
});
export type ImportPreviewInput = z.output<typeof importPreviewInput>;

export const importTemplateSaveInput = z.strictObject({
  register: z.enum(IMPORT_REGISTERS, { error: `must be one of ${IMPORT_REGISTERS.join(', ')}` }),
  name: text(50, { min: 1 }),
  mapping: columnMapping,
});
export type ImportTemplateSaveInput = z.output<typeof importTemplateSaveInput>;

export const importTemplateListInput = z.strictObject({
  register: z.enum(IMPORT_REGISTERS, { error: `must be one of ${IMPORT_REGISTERS.join(', ')}` }),
});

export interface ImportTemplateView {
  register: ImportRegister;
  name: string;
  mapping: Record<string, string>;
  updatedAt: number;
}

export type ColumnSource = 'auto' | 'template' | 'user' | 'none';

export interface ImportColumnView {
  /** Excel's column letter. */
  column: string;
  label: string;
  field: string | null;
  source: ColumnSource;
}

export interface ImportIssueView {
  sheet: string;
  /** The row number as Excel shows it. */
  row: number;
  /** The header label of the offending column; null when the row as a whole is refused. */
  column: string | null;
  /** The cell as it reads in the sheet. */
  value: string;
  reason: ImportReason;
  /** zh-CN. */
  message: string;
  messageEn: string;
}

export interface ImportCounts {
  new: number;
  updated: number;
  unchanged: number;
  conflict: number;
  needsPick: number;
  rejected: number;
}

export interface ImportSheetView {
  sheet: string;
  /** 'read'; 'hidden' (a hidden sheet, ignored); 'no_header' (no row looks like this register's header). */
  status: 'read' | 'hidden' | 'no_header';
  headerRows: number[];
  columns: ImportColumnView[];
  counts: ImportCounts;
  /** Households the import would create in this sheet. */
  newHouseholds: number;
  skipped: {
    hiddenRows: number[];
    hiddenColumns: string[];
    totalsRows: number[];
    emptyRows: number;
  };
}

export interface ImportCandidateView {
  buildingId: number;
  name: string;
  address: string;
}

/** Rows whose address matched no building for sure: the user picks one per key. */
export interface ImportPickView {
  key: string;
  /** The address as the rows give it. */
  address: string;
  rows: { sheet: string; row: number }[];
  candidates: ImportCandidateView[];
}

export interface ImportUpdateView {
  sheet: string;
  row: number;
  /** Which fields the import changes (never their values: they are personal data). */
  fields: string[];
}

/** A column the register reads, for the mapping's choices: its field, its name in both languages, whether rows need it. */
export interface ImportFieldView {
  field: string;
  zh: string;
  en: string;
  required: boolean;
}

export interface ImportPreview {
  register: ImportRegister;
  /** The register's columns (the mapping may name any of them). */
  fields: ImportFieldView[];
  communityId: number;
  fileName: string;
  sheets: ImportSheetView[];
  totals: ImportCounts;
  /** Rows that will not be written (rejected, conflicts, addresses still to pick), each with its reason. */
  issues: ImportIssueView[];
  /** How many issues there were in all; `issues` holds the first ISSUE_LIST_LIMIT (the error workbook has every one). */
  issueCount: number;
  picks: ImportPickView[];
  updates: ImportUpdateView[];
  updateCount: number;
  /** Names the plan: commit refuses if the database or the file changed since this preview. */
  digest: string;
}

/** How many issues and updates a preview lists; the error workbook holds every rejected row. */
export const ISSUE_LIST_LIMIT = 2000;

/** Commit: the preview's input again, with the digest of the preview the user read. */
export const importCommitInput = importPreviewInput.extend({
  digest: z.string({ error: 'must be the digest of the preview' }).regex(/^[0-9a-f]{64}$/, 'must be the digest of the preview'),
});
export type ImportCommitInput = z.output<typeof importCommitInput>;

export interface ImportCommitResult {
  register: ImportRegister;
  /** Records added and updated (residents for the residents register, buildings for buildings, ...). */
  added: number;
  updated: number;
  /** Parent records the import created along the way (residents: households). */
  created: number;
  unchanged: number;
  /** Rows not written (rejected, conflicts, addresses not picked): the error workbook lists them. */
  notWritten: number;
  buildingIds: number[];
  gridIds: number[];
}

/** Export of a register (台账导出) with exactly the columns its import reads: a community, or one grid of it. */
export const registerExportInput = z.strictObject({
  register: z.enum(IMPORT_REGISTERS, { error: `must be one of ${IMPORT_REGISTERS.join(', ')}` }),
  communityId: id(),
  gridId: id().optional(),
});
export type RegisterExportInput = z.output<typeof registerExportInput>;

/** The import's methods, joined into the API contract (src/shared/api.ts). */
export const registerImportSchemas = {
  'register.import.preview': importPreviewInput,
  'register.import.errors': importPreviewInput,
  'register.import.commit': importCommitInput,
  'register.import.templates': importTemplateListInput,
  'register.import.saveTemplate': importTemplateSaveInput,
  'register.export': registerExportInput,
} as const;

export interface RegisterImportOutputs {
  'register.import.preview': ImportPreview;
  /** The rows not written, as an .xlsx (ExportedFile: fileName, mime, base64). */
  'register.import.errors': { fileName: string; mime: string; base64: string };
  'register.import.commit': ImportCommitResult;
  'register.import.templates': ImportTemplateView[];
  'register.import.saveTemplate': ImportTemplateView;
  /** The register as an .xlsx (ExportedFile), masked as the caller's role sees it. */
  'register.export': { fileName: string; mime: string; base64: string };
}
