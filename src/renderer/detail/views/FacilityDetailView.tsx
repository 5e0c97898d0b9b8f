// A service facility: kind, address, opening hours, grid.
import { Stack } from '@mantine/core';
import type { FacilityDetail } from '../../../shared/views';
import { useT } from '../../i18n/LocaleProvider';
import { InfoTable } from '../parts/InfoTable';
import { GridLink } from '../parts/GridLink';

export function FacilityDetailView({ detail: f }: { detail: FacilityDetail }) {
  const t = useT();
  return (
    <Stack gap="md">
      <InfoTable
        cols={1}
        rows={[
          { label: t('detail.facilityKind'), value: t(`facilityKind.${f.facilityKind}`) },
          { label: t('detail.address'), value: f.address },
          { label: t('detail.openHours'), value: f.openHours },
          { label: t('detail.grid'), value: <GridLink grid={f.grid} /> },
        ]}
      />
    </Stack>
  );
}
