// Lets any part of a detail view open another detail or move the map, without prop drilling.
import { createContext, useContext } from 'react';
import type { LngLat } from '../../shared/views';
import type { DetailRef } from './detailRef';

export interface DetailNav {
  open: (ref: DetailRef) => void;
  locate: (center: LngLat) => void;
  /** Takes a case to the dispatch desk, where it can be worked on (absent where there is no desk). */
  handleCase?: (caseId: number, center: LngLat) => void;
}

export const DetailNavContext = createContext<DetailNav | null>(null);

export function useDetailNav(): DetailNav {
  const nav = useContext(DetailNavContext);
  if (!nav) throw new Error('useDetailNav() outside the detail drawer');
  return nav;
}
