// Colours of the console chrome (not of the map, see map/palette.ts).
export const consoleColors = {
  headerBg: '#0f2f5f',
  headerText: '#ffffff',
  headerMuted: '#a9bedd',
  panelBg: '#ffffff',
  panelBorder: '#dfe3ea',
  appBg: '#eef1f5',
  warning: '#d9480f',
  danger: '#c92a2a',
} as const;
