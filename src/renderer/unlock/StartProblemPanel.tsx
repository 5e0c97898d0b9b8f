// The data directory cannot be opened: say what is wrong, that nothing was touched,
// what to do, and where the directory is. No password form: there is nothing to unlock.
import { Alert, Button, Code, List, Stack, Text, Title } from '@mantine/core';
import type { StartProblem, StartProblemCode } from '../../shared/views';
import type { PlainMessageKey } from '../i18n/messages';
import { useT } from '../i18n/LocaleProvider';

const WHAT_TO_DO: Record<StartProblemCode, PlainMessageKey> = {
  keyring_missing: 'accounts.problem.todoKeyring',
  keyring_unreadable: 'accounts.problem.todoKeyring',
  database_missing: 'accounts.problem.todoDatabase',
  database_empty: 'accounts.problem.todoDatabase',
  database_truncated: 'accounts.problem.todoDatabase',
  database_damaged: 'accounts.problem.todoDatabase',
  no_street: 'accounts.problem.todoStreet',
};

export function StartProblemPanel({ problem, onRetry }: { problem: StartProblem; onRetry: () => void }) {
  const t = useT();
  return (
    <Stack gap="md" data-testid="start-problem" data-problem={problem.code}>
      <Alert color="red" variant="light" title={<Title order={4}>{t(`accounts.problem.${problem.code}`)}</Title>}>
        <Text fz="sm">{t('accounts.problem.untouched')}</Text>
      </Alert>
      <div>
        <Text fw={600} fz="sm" mb={4}>
          {t('accounts.problem.todo')}
        </Text>
        <List fz="sm" spacing={4}>
          <List.Item>{t(WHAT_TO_DO[problem.code])}</List.Item>
          <List.Item>{t('accounts.problem.readme')}</List.Item>
        </List>
      </div>
      {problem.dataDir && (
        <div>
          <Text fw={600} fz="sm" mb={4}>
            {t('accounts.problem.dataDir')}
          </Text>
          <Code block data-testid="start-problem-dir" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
            {problem.dataDir}
          </Code>
        </div>
      )}
      {problem.message && (
        <div>
          <Text fw={600} fz="sm" mb={4}>
            {t('accounts.problem.details')}
          </Text>
          <Text fz="xs" c="dimmed" style={{ wordBreak: 'break-word' }}>
            {problem.message}
          </Text>
        </div>
      )}
      <Button variant="default" onClick={onRetry} data-testid="start-problem-retry">
        {t('accounts.retry')}
      </Button>
    </Stack>
  );
}
