// The 15-minute service circles: the switch, which kinds of position count (each with its
// map badge, so the checkboxes are the legend), how many households are left outside, the
// per-grid list, and the walking model the circles come from.
import { Checkbox, Group, Stack, Text } from '@mantine/core';
import { FACILITY_KINDS, type FacilityKind } from '../../../shared/domain';
import { WALKING_MODEL } from '../../../shared/walkingModel';
import { useLocale } from '../../i18n/LocaleProvider';
import { COVERAGE_OUTSIDE_COLOR, COVERAGE_SERVED_FILL, FACILITY_STYLE } from '../../map/palette';
import { Swatch } from '../Swatch';
import { CoverageTable } from './CoverageTable';
import { formatShare } from './formatMetric';
import { LayerSwitch } from './LayerSwitch';
import type { Thematic } from './useThematic';

export function CoverageControls({ thematic, onPickGrid }: { thematic: Thematic; onPickGrid: (gridId: number) => void }) {
  const { t, locale, num } = useLocale();
  const { choice, update, coverage, coverageData } = thematic;
  const result = coverageData;
  return (
    <Stack gap={6}>
      <LayerSwitch
        label={t('thematic.coverage.toggle')}
        checked={choice.coverage}
        onChange={(on) => update({ coverage: on })}
        loading={coverage?.status === 'loading'}
        testId="thematic-coverage-toggle"
      />
      {choice.coverage && (
        <Stack gap={6} pl={4} data-testid="coverage-panel">
          <Checkbox.Group value={choice.kinds} onChange={(v) => update({ kinds: FACILITY_KINDS.filter((k) => v.includes(k)) })} aria-label={t('thematic.coverage.kinds')}>
            <Stack gap={4}>
              {FACILITY_KINDS.map((k: FacilityKind) => (
                <Checkbox
                  key={k}
                  size="xs"
                  value={k}
                  data-testid={`coverage-kind-${k}`}
                  label={
                    <Group gap={6} wrap="nowrap">
                      <Swatch shape="badge" color={FACILITY_STYLE[k].color} glyph={FACILITY_STYLE[k].glyph} />
                      <Text fz="xs">{t(`facilityKind.${k}`)}</Text>
                    </Group>
                  }
                />
              ))}
            </Stack>
          </Checkbox.Group>
          {choice.kinds.length === 0 && (
            <Text fz="xs" c="orange.8">
              {t('thematic.coverage.noKinds')}
            </Text>
          )}
          {coverage?.status === 'error' && (
            <Text fz="xs" c="red">
              {t('thematic.failed')}
            </Text>
          )}
          {result && (
            <>
              <Group gap={6} wrap="nowrap">
                <Swatch shape="square" color={COVERAGE_SERVED_FILL} />
                <Text fz="xs" c="gray.7">
                  {t('thematic.coverage.legendCircle')}
                </Text>
              </Group>
              <Group gap={6} wrap="nowrap">
                <Swatch shape="circle" color={COVERAGE_OUTSIDE_COLOR} />
                <Text fz="xs" c="gray.7">
                  {t('thematic.coverage.legendOutside')}
                </Text>
              </Group>
              <Text fz="xs" fw={600} c={result.totals.outside > 0 ? 'violet.8' : 'teal.8'} className="tabular" data-testid="coverage-summary" data-outside={result.totals.outside}>
                {result.totals.outside > 0
                  ? t('thematic.coverage.summary', {
                      outside: num(result.totals.outside),
                      households: num(result.totals.households),
                      share: formatShare(result.totals.outside, result.totals.households, locale),
                    })
                  : t('thematic.coverage.allInside')}
                {' · '}
                {t('thematic.coverage.circles', { count: result.facilities })}
              </Text>
              <CoverageTable rows={result.grids} onPick={onPickGrid} />
            </>
          )}
          <Text fz={11} c="dimmed" lh={1.45} data-testid="coverage-footnote">
            {t('thematic.coverage.model', {
              speed: WALKING_MODEL.speedKmh,
              minutes: WALKING_MODEL.minutes,
              path: num(WALKING_MODEL.pathM),
              detour: WALKING_MODEL.detourFactor,
              radius: num(WALKING_MODEL.radiusM),
            })}
          </Text>
        </Stack>
      )}
    </Stack>
  );
}
