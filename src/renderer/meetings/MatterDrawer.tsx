// One matter: its five steps (where it stands), the steps open now, the history, the grid
// discussions with who spoke for which option, and the meeting's decision with its items.
import { Alert, Badge, Button, Drawer, Group, Stack, Stepper, Text } from '@mantine/core';
import { useState } from 'react';
import type { MatterAction } from '../../shared/deliberation';
import { FIVE_STEPS } from '../../shared/vocab/deliberation';
import { errorMessage } from '../api/errorMessage';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n/LocaleProvider';
import { DecisionList } from './DecisionList';
import { MatterStepModal } from './MatterStepModal';
import { STAGE_COLOR } from './words';

export function MatterDrawer({ id, canWrite, reload, onClose }: { id: number; canWrite: boolean; reload: number; onClose: () => void }) {
  const t = useT();
  const detail = useApiQuery('matter.detail', { id }, reload);
  const [step, setStep] = useState<MatterAction | 'addItem' | null>(null);
  const d = detail.status === 'ok' ? detail.data : null;
  const m = d?.matter;
  const active = m ? (m.stage === 'dropped' ? -1 : FIVE_STEPS.indexOf(m.stage)) : 0;
  return (
    <Drawer opened onClose={onClose} position="right" size={620} title={m ? `${m.code} ${m.title}` : ''} data-testid="matter-drawer">
      {detail.status === 'error' && <Alert color="red">{errorMessage(detail.error, t)}</Alert>}
      {d && m && (
        <Stack gap="md" data-testid="matter" data-stage={m.stage}>
          <Group gap="xs">
            <Badge color={STAGE_COLOR[m.stage]} data-testid="matter-stage">
              {t(`matters.stage.${m.stage}`)}
            </Badge>
            <Text fz="xs" c="dimmed">
              {m.communityName} · {m.gridName}
              {m.buildingName ? ` · ${m.buildingName}` : ''} · {m.raisedBy} · {m.raisedOn}
            </Text>
          </Group>
          <Stepper active={active + 1} size="xs" iconSize={24}>
            {FIVE_STEPS.map((s) => (
              <Stepper.Step key={s} label={t(`matters.stage.${s}`)} />
            ))}
          </Stepper>
          <Text fz="sm">{m.description}</Text>
          {canWrite && (d.next.length > 0 || (m.stage === 'decided' && d.decision)) && (
            <Group gap="xs">
              {m.stage === 'decided' && d.decision && (
                <Button size="xs" variant="light" onClick={() => setStep('addItem')} data-testid="matter-add-item">
                  {t('matters.addItem')}
                </Button>
              )}
              {d.next.map((a) => (
                <Button key={a} size="xs" variant={a === 'drop' ? 'default' : 'filled'} onClick={() => setStep(a)} data-testid={`matter-step-${a}`}>
                  {t(`matters.action.${a}`)}
                </Button>
              ))}
            </Group>
          )}
          {d.evaluation && (
            <Text fz="sm" data-testid="matter-satisfaction">
              {t('matters.satisfaction', { rate: `${Math.round(((d.evaluation.satisfied + d.evaluation.basicallySatisfied) / d.evaluation.asked) * 100)}%` })} · {t('matters.asked')} {d.evaluation.asked}
            </Text>
          )}
          {d.decision && (
            <Stack gap={4}>
              <Text fz="sm" fw={700}>
                {t('matters.decision')}
              </Text>
              <DecisionList decisions={[d.decision]} canWrite={canWrite} />
            </Stack>
          )}
          {d.discussions.length > 0 && (
            <Stack gap={4}>
              <Text fz="sm" fw={700}>
                {t('matters.discussions')}
              </Text>
              {d.discussions.map((x) => (
                <Stack key={x.id} gap={2} data-testid="matter-discussion">
                  <Text fz="xs" c="dimmed">
                    {x.heldOn} · {t('matters.attendance')} {x.attendance}
                  </Text>
                  <Text fz="sm">{x.minutes}</Text>
                  {x.options.map((o, i) => (
                    <Text key={i} fz="xs">
                      {i + 1}. {o.label}
                      {o.speakers.length > 0 && ` — ${t('matters.spokeFor', { who: o.speakers.map((s) => (s.words ? `${s.who}（${s.words}）` : s.who)).join('、') })}`}
                    </Text>
                  ))}
                </Stack>
              ))}
            </Stack>
          )}
          <Stack gap={2}>
            <Text fz="sm" fw={700}>
              {t('matters.history')}
            </Text>
            {d.history.map((h) => (
              <Text key={h.id} fz="xs" data-testid="matter-history" data-action={h.action}>
                {new Date(h.at).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' })} · {t(`matters.action.${h.action}`)} · {h.actorName}
                {h.note ? ` · ${h.note}` : ''}
              </Text>
            ))}
          </Stack>
        </Stack>
      )}
      {step && m && <MatterStepModal step={step} matter={m} decisionId={d?.decision?.id ?? null} onClose={() => setStep(null)} />}
    </Drawer>
  );
}
