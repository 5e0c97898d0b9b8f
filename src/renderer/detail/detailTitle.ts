// The drawer's heading for each kind of detail.
import type { FeatureDetail } from '../../shared/views';

export function detailTitle(d: FeatureDetail): { title: string; subtitle: string } {
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
      return { title: `${d.categoryName} · ${d.subcategoryName}`, subtitle: d.code };
    case 'facility':
      return { title: d.name, subtitle: d.address };
  }
}
