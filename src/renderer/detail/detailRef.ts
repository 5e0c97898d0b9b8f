// A pointer to one thing the detail drawer can show: what kind, which id.
import type { FeatureDetail } from '../../shared/views';

export type DetailKind = FeatureDetail['kind'];

export interface DetailRef {
  kind: DetailKind;
  id: number;
}

export function sameRef(a: DetailRef | null, b: DetailRef | null): boolean {
  return a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);
}
