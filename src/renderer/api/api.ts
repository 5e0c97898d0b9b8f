// The renderer's single client instance: Electron IPC when the preload bridge is there,
// HTTP against the page's own origin otherwise (the browser shell).
import { ApiClient } from './ApiClient';
import { electronTransport } from './electronTransport';
import { httpTransport } from './httpTransport';

export const api = new ApiClient(window.streetops ? electronTransport(window.streetops) : httpTransport());
