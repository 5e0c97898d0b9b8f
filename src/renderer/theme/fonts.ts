// One font stack for the UI and the map labels: Noto on Linux, YaHei on Windows, PingFang on macOS.
export const CJK_FONT_FAMILIES = ['Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC'] as const;
export const UI_FONT_STACK = `${CJK_FONT_FAMILIES.map((f) => `"${f}"`).join(', ')}, sans-serif`;
