// The new-street setup as a flow of dialogs: the checklist, and from each of its steps the
// GIS import (on the step's layer) or the register import (on its register); closing the
// import comes back to the checklist, checked again. One dialog at a time, so no modal
// sits under another.
import { Modal } from '@mantine/core';
import { useState } from 'react';
import type { GisLayer } from '../../shared/gis';
import type { SetupItem } from '../../shared/newStreet';
import type { ImportRegister } from '../../shared/registerImport';
import type { UserView } from '../../shared/views';
import { useApiQuery } from '../api/useApiQuery';
import { GisModal } from '../gis/GisModal';
import { useT } from '../i18n/LocaleProvider';
import { ImportModal } from '../registers/ImportModal';
import { SetupChecklist } from './SetupChecklist';

type Step = { kind: 'checklist' } | { kind: 'gis'; layer: GisLayer } | { kind: 'register'; register: ImportRegister };

export function SetupFlow({ opened, onClose, user }: { opened: boolean; onClose: () => void; user: UserView }) {
  const t = useT();
  const [step, setStep] = useState<Step>({ kind: 'checklist' });
  const [reload, setReload] = useState(0);
  const showList = opened && step.kind === 'checklist';
  const list = useApiQuery('newStreet.checklist', showList ? {} : null, reload);
  const back = () => {
    setStep({ kind: 'checklist' });
    setReload((n) => n + 1);
  };
  const openItem = (item: SetupItem) => setStep(item.link.kind === 'gis' ? { kind: 'gis', layer: item.link.layer } : { kind: 'register', register: item.link.register });
  const close = () => {
    setStep({ kind: 'checklist' });
    onClose();
  };
  return (
    <>
      <Modal opened={showList} onClose={close} title={t('newStreet.checklist.title')} size={860} centered data-testid="setup-modal">
        <SetupChecklist list={list} onOpen={openItem} onRefresh={() => setReload((n) => n + 1)} />
      </Modal>
      <GisModal opened={opened && step.kind === 'gis'} onClose={back} layer={step.kind === 'gis' ? step.layer : undefined} />
      <ImportModal opened={opened && step.kind === 'register'} onClose={back} user={user} register={step.kind === 'register' ? step.register : undefined} />
    </>
  );
}
