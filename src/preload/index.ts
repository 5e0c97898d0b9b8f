// The preload exposes exactly one object, window.streetops (see bridge.ts), and nothing
// else: no raw ipcRenderer. It runs sandboxed, so it is bundled into one CommonJS file
// that requires only 'electron'.
import { contextBridge } from 'electron';
import { bridge } from './bridge';

contextBridge.exposeInMainWorld('streetops', bridge);
