// Windows shows an app's desktop notifications (and groups its taskbar windows) under the
// Application User Model ID of the Start-menu shortcut the NSIS installer made, which is
// electron-builder.yml's appId; the running process must declare the same ID, or a notice
// the console raises (a case put under 督办, an escalated alert) is not shown as StreetOps's.
// Pure, so test/unit/packaging.test.ts checks it against the installer's appId.
export const APP_USER_MODEL_ID = 'cn.gov.street.streetops';
