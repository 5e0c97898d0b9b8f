// The one IPC bridge between the renderer and the core: one invoke channel that calls
// CoreHandle.call, one event channel that carries the core's pushed events to every
// window. The renderer is untrusted: the sender is checked here, the input by the core.
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { CoreHandle } from '../core/handle';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../shared/bridge';
import { PUBLIC_EVENT_NAMES } from '../../shared/events';
import type { ApiErrorCode, ApiResult } from '../../shared/errors';
import { isAppUrl, type AppLocation } from './appUrl';

/** Our own window, our own page, its top frame: nothing else may call the core. */
export function isTrustedSender(event: IpcMainInvokeEvent, location: AppLocation): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  if (!isAppUrl(frame.url, location)) return false;
  return BrowserWindow.fromWebContents(event.sender) !== null;
}

function refusal(code: ApiErrorCode, message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}

/** Installs the bridge; the returned function removes it (handler and core subscription). */
export function installIpcBridge(core: Pick<CoreHandle, 'call' | 'subscribe' | 'hasSession'>, location: AppLocation): () => void {
  // The token each window last called with: a window whose session is locked hears only public events.
  const tokens = new Map<number, string | null>();
  ipcMain.handle(IPC_INVOKE_CHANNEL, async (event, method: unknown, input: unknown, token: unknown): Promise<ApiResult<unknown>> => {
    if (!isTrustedSender(event, location)) return refusal('unauthorized', 'IPC call from an unknown frame was refused');
    if (typeof method !== 'string') return refusal('unknown_method', 'method must be a string');
    if (token !== null && typeof token !== 'string') return refusal('invalid_input', 'token must be a string or null');
    tokens.set(event.sender.id, token);
    try {
      return await core.call(method, input, token, { source: 'ipc' });
    } catch {
      // CoreHandle.call promises never to throw; if it does, no stack crosses the boundary.
      return refusal('internal', 'internal error');
    }
  });
  const unsubscribe = core.subscribe((event) => {
    for (const win of BrowserWindow.getAllWindows()) {
      if (win.isDestroyed() || win.webContents.isDestroyed()) continue;
      // Only a window still showing our page hears the street's events.
      if (!isAppUrl(win.webContents.getURL(), location)) continue;
      if (PUBLIC_EVENT_NAMES.includes(event.name) || core.hasSession(tokens.get(win.webContents.id) ?? null)) win.webContents.send(IPC_EVENT_CHANNEL, event);
    }
  });
  return () => {
    unsubscribe();
    ipcMain.removeHandler(IPC_INVOKE_CHANNEL);
  };
}
