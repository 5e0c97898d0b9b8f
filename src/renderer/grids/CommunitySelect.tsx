// The street's communities as a select, for the community a new grid joins or a grid moves to.
import { Select } from '@mantine/core';
import type { CSSProperties } from 'react';
import type { MapBase } from '../../shared/views';
import { useT } from '../i18n/LocaleProvider';

interface Props {
  base: MapBase;
  value: string | null;
  onChange: (value: string | null) => void;
  disabled?: boolean;
  style?: CSSProperties;
  testId: string;
}

export function CommunitySelect({ base, value, onChange, disabled, style, testId }: Props) {
  const t = useT();
  return (
    <Select
      size="xs"
      label={t('gridEdit.community')}
      data={base.communities.features.map((f) => ({ value: String(f.properties.id), label: f.properties.name }))}
      value={value}
      onChange={onChange}
      allowDeselect={false}
      disabled={disabled}
      style={style}
      data-testid={testId}
    />
  );
}
