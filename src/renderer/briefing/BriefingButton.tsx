// The console header's way into briefing mode.
import { Button, Tooltip } from '@mantine/core';
import { useT } from '../i18n/LocaleProvider';
import { briefingHref, navigate } from './navigation';

export function BriefingButton() {
  const t = useT();
  return (
    <Tooltip label={t('briefing.openHint')}>
      <Button variant="subtle" color="gray.0" size="xs" onClick={() => navigate(briefingHref(window.location))} data-testid="briefing-open">
        {t('briefing.open')}
      </Button>
    </Tooltip>
  );
}
