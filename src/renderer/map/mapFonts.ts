// Map labels are drawn locally from the installed fonts: the style has no `glyphs` URL,
// so MapLibre rasterises every character (Chinese and digits alike) with this stack.
import { CJK_FONT_FAMILIES, UI_FONT_STACK } from '../theme/fonts';

export const LABEL_FONT: string[] = [...CJK_FONT_FAMILIES, 'sans-serif'];
/** MapLibre sniffs the weight from the first family name, so "Bold" first makes the stack bold. */
export const LABEL_FONT_BOLD: string[] = [`${CJK_FONT_FAMILIES[0]} Bold`, ...CJK_FONT_FAMILIES, 'sans-serif'];
/** Used by MapLibre for CJK in layers that keep the default font stack. */
export const LOCAL_IDEOGRAPH_FONT_FAMILY = UI_FONT_STACK;
