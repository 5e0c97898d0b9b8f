// Photos picked for a report: read as base64 (what case.report carries), checked against
// the contract's limits before they are sent.
export const PHOTO_MIMES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoMime = (typeof PHOTO_MIMES)[number];
export const MAX_PHOTOS = 6;
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

export interface PickedPhoto {
  name: string;
  mime: PhotoMime;
  dataBase64: string;
  bytes: number;
}

export type PhotoProblem = 'type' | 'size';

export function photoProblem(file: { type: string; size: number }): PhotoProblem | null {
  if (!(PHOTO_MIMES as readonly string[]).includes(file.type)) return 'type';
  if (file.size > MAX_PHOTO_BYTES) return 'size';
  return null;
}

/** The base64 payload of a data: URL (what FileReader.readAsDataURL gives). */
export function base64OfDataUrl(url: string): string {
  const comma = url.indexOf(',');
  return comma < 0 ? '' : url.slice(comma + 1);
}

export function readPhoto(file: File): Promise<PickedPhoto> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve({ name: file.name.slice(0, 120) || 'photo', mime: file.type as PhotoMime, dataBase64: base64OfDataUrl(url), bytes: file.size });
    };
    reader.onerror = () => reject(reader.error ?? new Error('could not read the file'));
    reader.readAsDataURL(file);
  });
}
