// Photos attached at intake: decoded, size-checked and sniffed, so a file that claims to
// be a JPEG but is not one is refused with a message saying which photo and why.
import { ApiError } from '../../../shared/errors';

export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

const SIGNATURES: Record<string, (b: Buffer) => boolean> = {
  'image/jpeg': (b) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b.length > 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/webp': (b) => b.length > 12 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP',
};

export interface PhotoInput {
  name: string;
  mime: 'image/jpeg' | 'image/png' | 'image/webp';
  dataBase64: string;
}

export function decodePhotos(photos: readonly PhotoInput[]): { name: string; mime: string; bytes: Buffer }[] {
  return photos.map((p, i) => {
    const bytes = Buffer.from(p.dataBase64, 'base64');
    const path = `photos.${i}.dataBase64`;
    if (bytes.length === 0) throw new ApiError('invalid_input', `photo ${i + 1} (${p.name}) is empty`, [{ path, message: 'is empty' }]);
    if (bytes.length > MAX_PHOTO_BYTES) throw new ApiError('invalid_input', `photo ${i + 1} (${p.name}) is larger than 5 MiB`, [{ path, message: 'is larger than 5 MiB' }]);
    if (!SIGNATURES[p.mime]!(bytes)) throw new ApiError('invalid_input', `photo ${i + 1} (${p.name}) is not a ${p.mime} file`, [{ path, message: `is not a ${p.mime} file` }]);
    return { name: p.name, mime: p.mime, bytes };
  });
}
