// The traffic light of a case, as a coloured dot with its meaning on hover.
import { Tooltip } from '@mantine/core';
import type { CaseLight } from '../../../shared/domain';
import { useT } from '../../i18n/LocaleProvider';
import { CASE_LIGHT_COLORS } from '../../map/palette';

export function LightDot({ light }: { light: CaseLight | null }) {
  const t = useT();
  if (!light) return null;
  return (
    <Tooltip label={t(`caseLight.${light}`)}>
      <span
        aria-label={t(`caseLight.${light}`)}
        style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 5, background: CASE_LIGHT_COLORS[light], flex: 'none' }}
      />
    </Tooltip>
  );
}
