// The selected grid(s), and the attribute form for one: community, code, name.
import { Badge, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { MapBase } from '../../shared/views';
import { useT } from '../i18n/LocaleProvider';
import { CommunitySelect } from './CommunitySelect';
import type { GridEditor } from './useGridEditor';

export function SelectedGrid({ editor, base }: { editor: GridEditor; base: MapBase }) {
  const t = useT();
  const id = editor.selected.length === 1 ? editor.selected[0]! : null;
  const info = id !== null ? editor.gridInfo(id) : null;
  const [communityId, setCommunityId] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  useEffect(() => {
    setCommunityId(info ? String(info.communityId) : null);
    setCode(info?.code ?? '');
    setName(info?.name ?? '');
  }, [id, info?.code, info?.name, info?.communityId]);

  if (editor.selected.length === 0) {
    return (
      <Text fz="xs" c="dimmed" data-testid="selected-none">
        {t('gridEdit.selectedNone')}
      </Text>
    );
  }
  if (!info || id === null) {
    return (
      <Group gap={6} data-testid="selected-grids">
        {editor.selected.map((g) => (
          <Badge key={g} variant="light">
            {editor.labelOf(g)}
          </Badge>
        ))}
      </Group>
    );
  }
  const changed = (communityId !== null && Number(communityId) !== info.communityId) || code !== info.code || name !== info.name;
  return (
    <Paper withBorder p={8} radius="sm" data-testid="selected-grid" data-grid-id={id}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600} fz="sm">
            {info.name}
          </Text>
          <Badge variant="light" color={id < 0 ? 'orange' : 'blue'}>
            {id < 0 ? t('gridEdit.newGrid') : info.code}
          </Badge>
        </Group>
        {info.households !== null && (
          <Text fz="xs" c="dimmed" data-testid="selected-households">
            {t('gridEdit.households', { count: info.households })}
          </Text>
        )}
        <Group gap={6} grow wrap="nowrap">
          <CommunitySelect base={base} value={communityId} onChange={setCommunityId} testId="attr-community" />
          <TextInput size="xs" label={t('gridEdit.code')} value={code} onChange={(e) => setCode(e.currentTarget.value)} data-testid="attr-code" />
        </Group>
        <Group gap={6} wrap="nowrap" align="flex-end">
          <TextInput size="xs" label={t('gridEdit.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} style={{ flex: 1 }} data-testid="attr-name" />
          <Button
            size="xs"
            variant="light"
            disabled={!changed || editor.tool !== 'none'}
            data-testid="attr-apply"
            onClick={() => {
              const change: { communityId?: number; code?: string; name?: string } = {};
              if (communityId !== null && Number(communityId) !== info.communityId) change.communityId = Number(communityId);
              if (code !== info.code) change.code = code.trim();
              if (name !== info.name) change.name = name.trim();
              editor.setAttributes(id, change);
            }}
          >
            {t('gridEdit.applyAttributes')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
