// The left panel: search on top, then the overlays with their legends, the thematic maps
// (专题图) and the basemap switches.
import { Divider, ScrollArea, Stack, Text } from '@mantine/core';
import { OVERLAY_KINDS } from '../../shared/domain';
import type { SearchHit } from '../../shared/views';
import type { MapData } from '../map/mapData';
import { useT } from '../i18n/LocaleProvider';
import { SearchBox } from '../search/SearchBox';
import { consoleColors } from '../theme/consoleColors';
import { BaseLayerSection } from './BaseLayerSection';
import { BasemapSection } from '../map/basemap/BasemapSection';
import { OverlayToggle } from './OverlayToggle';
import { ThematicSection } from './thematic/ThematicSection';
import type { Thematic } from './thematic/useThematic';
import type { useOverlays } from './useOverlays';

interface Props {
  base: MapData | null;
  overlays: ReturnType<typeof useOverlays>;
  thematic: Thematic;
  gridsVisible: boolean;
  labelsVisible: boolean;
  onGrids: (on: boolean) => void;
  onLabels: (on: boolean) => void;
  onSearchPick: (hit: SearchHit) => void;
  onPickGrid: (gridId: number) => void;
  /** False while the map draws its first data: the search box shows, the sections under it follow (ConsoleScreen). */
  sectionsShown: boolean;
}

export function LayerPanel({ base, overlays, thematic, gridsVisible, labelsVisible, onGrids, onLabels, onSearchPick, onPickGrid, sectionsShown }: Props) {
  const t = useT();
  const countOf = (kind: (typeof OVERLAY_KINDS)[number]): number | null => {
    if (kind === 'buildings') return base?.buildings ? base.buildings.features.length : null;
    const payload = overlays.payloads[kind];
    return payload ? payload.features.features.length : null;
  };
  return (
    <Stack
      component="aside"
      gap={0}
      style={{ gridArea: 'panel', background: consoleColors.panelBg, borderRight: `1px solid ${consoleColors.panelBorder}`, minHeight: 0 }}
    >
      <div style={{ padding: 12, borderBottom: `1px solid ${consoleColors.panelBorder}` }}>
        <SearchBox onPick={onSearchPick} />
      </div>
      {sectionsShown && (
      <ScrollArea style={{ flex: 1 }} type="auto">
        <Stack gap="xs" p="md">
          <Text fz="xs" fw={700} c="gray.6">
            {t('panel.overlays')}
          </Text>
          <div data-testid="overlay-toggles">
            {OVERLAY_KINDS.map((kind) => (
              <OverlayToggle
                key={kind}
                kind={kind}
                on={overlays.visible[kind]}
                status={overlays.status[kind]}
                count={countOf(kind)}
                onToggle={overlays.toggle}
              />
            ))}
          </div>
          <Divider my={4} />
          <Text fz="xs" fw={700} c="gray.6">
            {t('thematic.title')}
          </Text>
          <ThematicSection thematic={thematic} onPickGrid={onPickGrid} />
          <Divider my={4} />
          <Text fz="xs" fw={700} c="gray.6">
            {t('panel.baseLayers')}
          </Text>
          <BaseLayerSection
            base={base}
            gridsVisible={gridsVisible}
            labelsVisible={labelsVisible}
            gridColorsReplaced={thematic.choice.metric !== null}
            onGrids={onGrids}
            onLabels={onLabels}
          />
          <Divider my={4} />
          <BasemapSection />
        </Stack>
      </ScrollArea>
      )}
    </Stack>
  );
}
