// A chosen file as base64 (both transports carry JSON), read with FileReader so a large
// workbook is not copied through a string of its bytes first.
export function readFileBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      // A data URL: "data:<mime>;base64,<payload>".
      const comma = url.indexOf(',');
      if (comma < 0) reject(new Error('read failed'));
      else resolve(url.slice(comma + 1));
    };
    reader.readAsDataURL(file);
  });
}
