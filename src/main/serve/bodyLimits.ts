// How large a request body each API method may send. Ordinary calls carry a few hundred
// bytes, so 1 MiB is generous; methods that carry files get their own, larger entry.
import type { ApiMethod } from '../../shared/api';

const MIB = 1024 * 1024;

export const ORDINARY_BODY_LIMIT = MIB;

/**
 * Methods allowed more than the ordinary limit. case.report carries up to 6 photos of at
 * most 7,000,000 base64 characters each (its schema in shared/cases.ts), so its limit
 * must hold 42,000,000 bytes plus the other fields.
 */
export const BODY_LIMITS: Readonly<Partial<Record<ApiMethod, number>>> = {
  'case.report': 41 * MIB,
  // A register workbook as base64: IMPORT_MAX_BASE64 (30,000,000 characters) plus the mapping and picks.
  'register.import.preview': 30 * MIB,
  'register.import.errors': 30 * MIB,
  'register.import.commit': 30 * MIB,
  // A GIS file as base64: GIS_MAX_BASE64 (30,000,000 characters) plus the choices.
  'gis.preview': 30 * MIB,
  'gis.commit': 30 * MIB,
};

export function bodyLimitFor(method: ApiMethod): number {
  return BODY_LIMITS[method] ?? ORDINARY_BODY_LIMIT;
}

/** "1 MiB", "41 MiB": how the limit is named in refusals. */
export function formatLimit(bytes: number): string {
  return bytes % MIB === 0 ? `${bytes / MIB} MiB` : `${bytes} bytes`;
}
