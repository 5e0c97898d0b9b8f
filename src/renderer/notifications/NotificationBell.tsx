// 通知中心: a bell in the console header with the unread count; the list opens under it.
// Notices come from the core (deadline warnings, automatic 督办, visit tasks) and update live.
import { ActionIcon, Badge, Box, Button, Group, Indicator, Popover, ScrollArea, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useCallback, useState } from 'react';
import type { NotificationKind, NotificationView } from '../../shared/notifications';
import type { UserView } from '../../shared/views';
import { api } from '../api/api';
import { formatDateTime } from '../detail/formatters';
import { useT } from '../i18n/LocaleProvider';
import type { Translate } from '../i18n/translate';
import { desktopPermission, useDesktopNotices } from './desktopNotices';
import { useNotifications } from './useNotifications';

/** How each kind of notice reads. Another domain adds its kinds here (a kind without an entry shows its code). */
export const NOTICE_WORDING: Partial<Record<NotificationKind, { label: (t: Translate) => string; text: (t: Translate, p: NotificationView['params'], due: string) => string }>> = {
  'deadline.warning': {
    label: (t) => t('notification.label.deadline.warning'),
    text: (t, p, due) => t('notification.kind.deadline.warning', { caseCode: String(p.caseCode ?? ''), due }),
  },
  'deadline.supervised': {
    label: (t) => t('notification.label.deadline.supervised'),
    text: (t, p, due) => t('notification.kind.deadline.supervised', { caseCode: String(p.caseCode ?? ''), due }),
  },
  'visit.task': {
    label: (t) => t('notification.label.visit.task'),
    text: (t, p, due) => t('notification.kind.visit.task', { householdId: String(p.householdId ?? ''), due }),
  },
  'partyMeeting.due': {
    label: (t) => t('notification.label.partyMeeting.due'),
    text: (t, p) => t('notification.kind.partyMeeting.due', { org: String(p.orgName ?? ''), meeting: t(`assessment.kind.${String(p.meeting)}` as 'assessment.kind.lesson'), period: String(p.period ?? ''), state: t(p.state === 'missed' ? 'assessment.state.missed' : 'assessment.state.due') }),
  },
};

export function noticeText(t: Translate, n: NotificationView): string {
  const due = typeof n.params.dueAt === 'number' ? formatDateTime(n.params.dueAt, t.locale) : '';
  return NOTICE_WORDING[n.kind]?.text(t, n.params, due) ?? n.kind;
}

const KIND_COLOR: Record<string, string> = { 'deadline.warning': 'yellow', 'deadline.supervised': 'red', 'visit.task': 'teal' };

export function NotificationBell({ user }: { user: UserView }) {
  const t = useT();
  const { list } = useNotifications(user.id);
  const [open, setOpen] = useState(false);
  const [permission, setPermission] = useState(desktopPermission);
  const word = useCallback((n: NotificationView) => ({ title: NOTICE_WORDING[n.kind]?.label(t) ?? t('notification.title'), body: noticeText(t, n) }), [t]);
  const openBell = useCallback(() => setOpen(true), []);
  useDesktopNotices(list, t, word, openBell);
  const unread = list?.unread ?? 0;
  const markRead = (ids: number[] | 'all') => void api.call('notification.markRead', ids === 'all' ? { all: true } : { ids }).catch(() => undefined);
  return (
    <Popover opened={open} onChange={setOpen} position="bottom-end" width={420} shadow="md" withArrow>
      <Popover.Target>
        <Tooltip label={t('notification.bell')} disabled={open}>
          <Indicator label={unread > 99 ? '99+' : unread} size={16} color="red" disabled={unread === 0} offset={4} data-testid="notification-count" data-count={unread}>
            <ActionIcon variant="subtle" color="gray.0" size="lg" onClick={() => setOpen((o) => !o)} aria-label={t('notification.bell')} data-testid="notification-bell">
              <BellIcon />
            </ActionIcon>
          </Indicator>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown p={0} data-testid="notification-list">
        <Group justify="space-between" px="sm" py={8} style={{ borderBottom: '1px solid #e9ecef' }}>
          <Text fw={600} fz="sm">
            {t('notification.title')}
            {unread > 0 && (
              <Text span c="dimmed" fz="xs" ml={8}>
                {t('notification.unread', { count: unread })}
              </Text>
            )}
          </Text>
          <Group gap={4}>
            {permission === 'default' && (
              <Button size="compact-xs" variant="subtle" onClick={() => void Notification.requestPermission().then(setPermission)} data-testid="notification-desktop">
                {t('notification.desktop')}
              </Button>
            )}
            <Button size="compact-xs" variant="subtle" disabled={unread === 0} onClick={() => markRead('all')} data-testid="notification-mark-all">
              {t('notification.markAll')}
            </Button>
          </Group>
        </Group>
        <ScrollArea.Autosize mah={420}>
          {!list || list.items.length === 0 ? (
            <Text fz="sm" c="dimmed" p="md">
              {t('notification.empty')}
            </Text>
          ) : (
            <Stack gap={0}>
              {list.items.map((n) => (
                <UnstyledButton
                  key={n.id}
                  onClick={() => n.readAt === null && markRead([n.id])}
                  data-testid="notification-item"
                  data-kind={n.kind}
                  data-read={n.readAt !== null}
                  style={{ padding: '8px 12px', borderBottom: '1px solid #f1f3f5', background: n.readAt === null ? '#f3f7ff' : 'white' }}
                >
                  <Group gap={8} wrap="nowrap" align="flex-start">
                    <Box w={8} h={8} mt={6} style={{ borderRadius: 4, flexShrink: 0, background: n.readAt === null ? `var(--mantine-color-${KIND_COLOR[n.kind] ?? 'blue'}-6)` : 'transparent' }} />
                    <Box style={{ minWidth: 0 }}>
                      <Text fz="sm" lh={1.4}>
                        {noticeText(t, n)}
                      </Text>
                      <Group gap={6} mt={2}>
                        <Badge size="xs" variant="light" color={KIND_COLOR[n.kind] ?? 'blue'}>
                          {NOTICE_WORDING[n.kind]?.label(t) ?? n.kind}
                        </Badge>
                        <Text fz="xs" c="dimmed" className="tabular">
                          {formatDateTime(n.createdAt, t.locale)}
                        </Text>
                      </Group>
                    </Box>
                  </Group>
                </UnstyledButton>
              ))}
            </Stack>
          )}
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}

function BellIcon() {
  return (
    <svg width={18} height={18} viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
      <path d="M13.7 21a2 2 0 0 1-3.4 0" />
    </svg>
  );
}
