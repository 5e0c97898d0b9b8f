// The StreetOpsBridge implementation over ipcRenderer: one invoke channel, one event
// channel, both fixed here so the page cannot pick channels. Renderer code declares
// `window.streetops?: StreetOpsBridge` on its side.
import { ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type StreetOpsBridge } from '../shared/bridge';
import type { PushedEvent } from '../shared/events';

export type { StreetOpsBridge };

export const bridge: StreetOpsBridge = {
  invoke: (method, input, token) => ipcRenderer.invoke(IPC_INVOKE_CHANNEL, method, input, token),
  subscribe: (listener) => {
    // Drop the IPC event object: it would hand the page a way to reach ipcRenderer.
    const forward = (_event: IpcRendererEvent, pushed: PushedEvent): void => listener(pushed);
    ipcRenderer.on(IPC_EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, forward);
    };
  },
};
