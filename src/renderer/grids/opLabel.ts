// One line per draft operation, in the user's language, naming grids by their label.
import type { GridEditOp } from '../../shared/gridEdit';
import type { Translate } from '../i18n/translate';

export function opLabel(op: GridEditOp, codeOf: (id: number) => string, t: Translate): string {
  switch (op.op) {
    case 'draw':
      return t('gridEdit.op.draw', { code: codeOf(op.key) });
    case 'reshape':
      return t('gridEdit.op.reshape', { code: codeOf(op.gridId) });
    case 'split':
      return t('gridEdit.op.split', { code: codeOf(op.gridId) });
    case 'merge':
      return t('gridEdit.op.merge', { keep: codeOf(op.keepId), remove: codeOf(op.removeId) });
    case 'attributes':
      return t('gridEdit.op.attributes', { code: codeOf(op.gridId) });
  }
}
