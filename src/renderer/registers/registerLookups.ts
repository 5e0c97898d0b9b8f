// The searches register forms choose records with: a building of the street by its name or
// address (search.query), and the households of a chosen building (building.detail).
import type { BuildingDetail } from '../../shared/views';
import { api } from '../api/api';
import type { Translate } from '../i18n/translate';
import type { FieldOption, FormValues } from './RegisterFormModal';

export async function searchBuildings(query: string): Promise<FieldOption[]> {
  const q = query.trim();
  if (!q) return [];
  const hits = await api.call('search.query', { q, kinds: ['building'], limit: 20 });
  return hits.map((h) => ({ value: String(h.id), label: h.subtitle ? `${h.title} · ${h.subtitle}` : h.title }));
}

export function buildingOption(b: Pick<BuildingDetail, 'id' | 'name' | 'address'>): FieldOption {
  return { value: String(b.id), label: `${b.name} · ${b.address}` };
}

/** The households of the building chosen in `field`, those whose room matches what is typed. */
export function householdsOf(field: string, t: Translate, except?: number) {
  return async (query: string, values: FormValues): Promise<FieldOption[]> => {
    const id = Number(values[field]);
    if (!Number.isInteger(id) || id <= 0) return [];
    const b = await api.call('building.detail', { id });
    const q = query.trim();
    return b.households
      .filter((h) => h.id !== except)
      .map((h) => ({ value: String(h.id), label: `${t('detail.room', { unit: h.unit, room: h.room })} · ${t(`registers.recordStatus.${h.status}`)}` }))
      .filter((o) => !q || o.label.includes(q));
  };
}
