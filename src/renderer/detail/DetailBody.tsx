// Picks the view for a loaded detail.
import type { FeatureDetail } from '../../shared/views';
import { BuildingDetailView } from './views/BuildingDetailView';
import { CaseDetailView } from './views/CaseDetailView';
import { CommunityDetailView } from './views/CommunityDetailView';
import { FacilityDetailView } from './views/FacilityDetailView';
import { GridDetailView } from './views/GridDetailView';
import { PartyOrgDetailView } from './views/PartyOrgDetailView';
import { TenantDetailView } from './views/TenantDetailView';

export function DetailBody({ detail }: { detail: FeatureDetail }) {
  switch (detail.kind) {
    case 'building':
      return <BuildingDetailView detail={detail} />;
    case 'grid':
      return <GridDetailView detail={detail} />;
    case 'community':
      return <CommunityDetailView detail={detail} />;
    case 'partyOrg':
      return <PartyOrgDetailView detail={detail} />;
    case 'tenant':
      return <TenantDetailView detail={detail} />;
    case 'case':
      return <CaseDetailView detail={detail} />;
    case 'facility':
      return <FacilityDetailView detail={detail} />;
  }
}
