// The case heat map's switch and, when on, its category class choice and a ramp from
// few to many with the number of cases drawn.
import { Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { CASE_CLASSES, type CaseClass } from '../../../shared/domain';
import { useLocale } from '../../i18n/LocaleProvider';
import { CASE_HEAT_RAMP } from '../../map/palette';
import { LayerSwitch } from './LayerSwitch';
import type { Thematic } from './useThematic';

const ALL = 'all';

export function HeatControls({ thematic }: { thematic: Thematic }) {
  const { t } = useLocale();
  const { choice, update, heat, heatData } = thematic;
  return (
    <Stack gap={6}>
      <LayerSwitch
        label={t('thematic.heat.toggle')}
        checked={choice.heat}
        onChange={(heat) => update({ heat })}
        loading={heat?.status === 'loading'}
        testId="thematic-heat-toggle"
      />
      {choice.heat && (
        <Stack gap={6} pl={4} data-testid="thematic-heat-legend">
          <SegmentedControl
            size="xs"
            fullWidth
            value={choice.heatClass ?? ALL}
            onChange={(v) => update({ heatClass: v === ALL ? null : (v as CaseClass) })}
            aria-label={t('thematic.heat.classLabel')}
            data={[{ value: ALL, label: t('thematic.heat.all') }, ...CASE_CLASSES.map((c) => ({ value: c, label: t(`caseClass.${c}`) }))]}
            data-testid="thematic-heat-class"
          />
          <Group gap={6} wrap="nowrap">
            <Text fz="xs" c="dimmed">
              {t('thematic.heat.low')}
            </Text>
            <div style={{ flex: 1, height: 8, borderRadius: 4, background: `linear-gradient(to right, ${CASE_HEAT_RAMP.join(', ')})`, border: '1px solid #e9ecef' }} />
            <Text fz="xs" c="dimmed">
              {t('thematic.heat.high')}
            </Text>
          </Group>
          {heatData && (
            <Text fz="xs" c="gray.7" className="tabular" data-testid="thematic-heat-total" data-total={heatData.total}>
              {t('thematic.heat.total', { count: heatData.total })}
            </Text>
          )}
          {heat?.status === 'error' && (
            <Text fz="xs" c="red">
              {t('thematic.failed')}
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}
