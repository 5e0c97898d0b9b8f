// A thematic layer's on/off switch, bold while on, with a spinner while its data loads.
import { Group, Loader, Switch, Text } from '@mantine/core';
import { useT } from '../../i18n/LocaleProvider';

interface Props {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  loading: boolean;
  testId: string;
}

export function LayerSwitch({ label, checked, onChange, loading, testId }: Props) {
  const t = useT();
  return (
    <Group justify="space-between" wrap="nowrap">
      <Switch
        size="sm"
        checked={checked}
        onChange={(e) => onChange(e.currentTarget.checked)}
        label={<Text fz="sm" fw={checked ? 600 : 400}>{label}</Text>}
        data-testid={testId}
      />
      {loading && <Loader size={14} aria-label={t('thematic.loading')} />}
    </Group>
  );
}
