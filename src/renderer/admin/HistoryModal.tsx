// A reference record's 变更记录 in a modal over 应用维护 (a category, a department, a facility).
import { Modal } from '@mantine/core';
import type { RecordKind } from '../../shared/registers';
import { RecordHistory, type ValueWords } from '../registers/RecordHistory';

export interface HistoryTarget {
  kind: RecordKind;
  id: number;
  title: string;
}

export function HistoryModal({ target, onClose, valueWords }: { target: HistoryTarget | null; onClose: () => void; valueWords?: ValueWords }) {
  return (
    <Modal opened={target !== null} onClose={onClose} title={target?.title ?? ''} size={560} centered data-testid="admin-history">
      {target && <RecordHistory kind={target.kind} id={target.id} valueWords={valueWords} />}
    </Modal>
  );
}
