// Care tags of a resident (独居老人, 悬空老人…) as small badges.
import { Badge, Group } from '@mantine/core';
import type { ResidentTag } from '../../../shared/domain';
import { useT } from '../../i18n/LocaleProvider';

const TAG_COLORS: Record<ResidentTag, string> = {
  elderly_alone: 'orange',
  no_lift_elderly: 'yellow',
  disabled: 'violet',
  low_income: 'cyan',
  key_care: 'red',
};

export function ResidentTags({ tags, partyMember }: { tags: ResidentTag[]; partyMember: boolean }) {
  const t = useT();
  if (tags.length === 0 && !partyMember) return null;
  return (
    <Group gap={4}>
      {partyMember && (
        <Badge size="xs" color="red" variant="filled">
          {t('detail.partyMember')}
        </Badge>
      )}
      {tags.map((tag) => (
        <Badge key={tag} size="xs" color={TAG_COLORS[tag]} variant="light" data-testid="resident-tag">
          {t(`residentTag.${tag}`)}
        </Badge>
      ))}
    </Group>
  );
}
