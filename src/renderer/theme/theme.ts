// A dense, light operations-console theme: small controls, tight spacing, one deep
// "command blue" as the primary colour.
import { createTheme, type MantineColorsTuple } from '@mantine/core';
import { UI_FONT_STACK } from './fonts';

const command: MantineColorsTuple = [
  '#e8f0fb',
  '#cfdcf2',
  '#9db7e6',
  '#6890da',
  '#3f70cf',
  '#265cc9',
  '#1852c7',
  '#0b43b0',
  '#003b9e',
  '#00328b',
];

export const theme = createTheme({
  fontFamily: UI_FONT_STACK,
  headings: { fontFamily: UI_FONT_STACK, fontWeight: '600' },
  primaryColor: 'command',
  primaryShade: 7,
  colors: { command },
  defaultRadius: 'sm',
  fontSizes: { xs: '12px', sm: '13px', md: '14px', lg: '16px', xl: '18px' },
  spacing: { xs: '6px', sm: '8px', md: '12px', lg: '16px', xl: '24px' },
  components: {
    Button: { defaultProps: { size: 'xs' } },
    TextInput: { defaultProps: { size: 'sm' } },
    PasswordInput: { defaultProps: { size: 'sm' } },
    // Badges carry Chinese labels and names; upper-casing only distorts the English ones.
    Badge: { defaultProps: { radius: 'sm', variant: 'light' }, styles: { root: { textTransform: 'none' } } },
    Tooltip: { defaultProps: { withArrow: true, openDelay: 300 } },
  },
});
