// The drawer's heading for each kind of detail. A case is headed by its categories, in
// the UI language; everything else by its own name and address, which are data.
import type { FeatureDetail } from '../../shared/views';
import { categoryLabel } from '../i18n/Vocabulary';

type OpenTranslate = (prefix: string, value: string, fallback?: string) => string;

export function detailTitle(d: FeatureDetail, tOpen: OpenTranslate): { title: string; subtitle: string } {
  switch (d.kind) {
    case 'building':
      return { title: d.name, subtitle: d.address };
    case 'grid':
      return { title: d.name, subtitle: `${d.community.name} · ${d.code}` };
    case 'community':
      return { title: d.name, subtitle: d.code };
    case 'partyOrg':
      return { title: d.name, subtitle: d.code };
    case 'tenant':
      return { title: d.name, subtitle: d.building.address };
    case 'case':
      return { title: `${categoryLabel(tOpen, d.categoryCode, d.categoryName)} · ${categoryLabel(tOpen, d.subcategoryCode, d.subcategoryName)}`, subtitle: d.code };
    case 'facility':
      return { title: d.name, subtitle: d.address };
  }
}
