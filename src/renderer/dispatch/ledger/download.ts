// Hands a file made by the core to the user as a download. The file comes base64-encoded
// (both transports carry JSON); a Blob behind an object URL and an <a download> click work
// the same in the browser shell and in Electron, where Chromium's download asks where to
// save it.
import type { ExportedFile } from '../../../shared/api';

/** Long enough for the browser to start reading the blob before its URL is let go. */
const REVOKE_AFTER_MS = 60_000;

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function downloadFile(file: ExportedFile): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(file.base64)], { type: file.mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
