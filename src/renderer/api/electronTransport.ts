// Transport over the preload bridge (window.streetops) when running inside Electron.
import type { StreetOpsBridge } from '../../shared/bridge';
import type { Transport } from './transport';

declare global {
  interface Window {
    streetops?: StreetOpsBridge;
  }
}

export function electronTransport(bridge: StreetOpsBridge): Transport {
  return {
    kind: 'electron',
    invoke: (method, input, token) => bridge.invoke(method, input, token),
    // IPC events reach every window of the app; the main process decides what a window may see.
    subscribe: (listener) => bridge.subscribe(listener),
  };
}
