// The layer panel's 离线底图 block: the viewer's switch and strength, which file is in use
// (or why it cannot be), and for administrators the button that chooses the file.
import { Button, Slider, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { useLocale } from '../../i18n/LocaleProvider';
import { useSession } from '../../session/SessionProvider';
import { BasemapModal } from './BasemapModal';
import { setBasemapPrefs, STRENGTH_MIN, useBasemapPrefs } from './basemapPrefs';
import { useBasemap } from './useBasemap';

export function BasemapSection() {
  const { t, num } = useLocale();
  const { view } = useBasemap();
  const prefs = useBasemapPrefs();
  const { state } = useSession();
  const admin = state.phase === 'unlocked' && state.user.role === 'admin';
  const [choosing, setChoosing] = useState(false);
  const info = view?.info ?? null;
  return (
    <Stack gap={6} data-testid="basemap-section">
      <Text fz="xs" fw={700} c="gray.6">
        {t('basemap.section')}
      </Text>
      {info ? (
        <>
          <Switch size="sm" checked={prefs.on} onChange={(e) => setBasemapPrefs({ on: e.currentTarget.checked })} label={t('basemap.toggle')} data-testid="basemap-toggle" />
          {prefs.on && (
            <Stack gap={2} pl={4}>
              <Text fz="xs" c="gray.7">
                {t('basemap.strength')}
              </Text>
              <Slider
                size="sm"
                min={STRENGTH_MIN}
                max={1}
                step={0.1}
                value={prefs.strength}
                onChange={(strength) => setBasemapPrefs({ strength })}
                label={(v) => `${Math.round(v * 100)}%`}
                data-testid="basemap-strength"
              />
            </Stack>
          )}
          <Text fz="xs" c="dimmed" data-testid="basemap-file">
            {t('basemap.file', { file: info.fileName, size: info.bytes < 1048576 ? `${num(Math.max(1, Math.round(info.bytes / 1024)))} KB` : `${num(info.bytes / 1048576, 1)} MB`, minZoom: String(info.minZoom), maxZoom: String(info.maxZoom) })}
          </Text>
        </>
      ) : (
        <Text fz="xs" c={view?.problem ? 'red.7' : 'dimmed'} data-testid="basemap-file">
          {view?.problem ? t('basemap.unusable', { message: t(`basemap.problem.${view.problem}`) }) : t('basemap.none')}
        </Text>
      )}
      {admin && (
        <>
          <Button size="compact-xs" variant="default" onClick={() => setChoosing(true)} data-testid="basemap-choose" style={{ alignSelf: 'flex-start' }}>
            {t('basemap.choose')}
          </Button>
          <BasemapModal opened={choosing} onClose={() => setChoosing(false)} />
        </>
      )}
    </Stack>
  );
}
