// 三张清单: needs, resources and projects with their filters, drawer and matching.
import { Text } from '@mantine/core';
import { useT } from '../../i18n/LocaleProvider';
import type { PartyTabContext } from '../PartyWorkspace';

export function ListsTab(_ctx: PartyTabContext) {
  const t = useT();
  return <Text p="md">{t('party.tab.lists')}</Text>;
}
