// The "show on map" crosshair button of the detail drawer and the case pane.
import { ActionIcon, Tooltip } from '@mantine/core';
import { useT } from '../../i18n/LocaleProvider';

export function LocateButton({ onClick, testId }: { onClick: () => void; testId: string }) {
  const t = useT();
  return (
    <Tooltip label={t('detail.openOnMap')}>
      <ActionIcon variant="light" onClick={onClick} aria-label={t('detail.openOnMap')} data-testid={testId} mt={2}>
        <svg width={16} height={16} viewBox="0 0 16 16" aria-hidden="true">
          <circle cx="8" cy="8" r="4.5" stroke="currentColor" strokeWidth="1.6" fill="none" />
          <circle cx="8" cy="8" r="1.6" fill="currentColor" />
          <path d="M8 1v2.5M8 12.5V15M1 8h2.5M12.5 8H15" stroke="currentColor" strokeWidth="1.6" />
        </svg>
      </ActionIcon>
    </Tooltip>
  );
}
