// Reads a request body up to a byte limit. The declared Content-Length is checked before
// a byte is read, and a body that grows past the limit while streaming is dropped at once,
// so an oversized request never costs more memory than the limit.
import type { IncomingMessage } from 'node:http';

export type BodyRead = { ok: true; text: string } | { ok: false; reason: 'too_large' };

/** Whether the declared length alone already exceeds the limit (the body need not be read). */
export function declaredTooLarge(req: IncomingMessage, limit: number): boolean {
  const declared = req.headers['content-length'];
  return declared !== undefined && Number(declared) > limit;
}

export function readLimitedBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  if (declaredTooLarge(req, limit)) return Promise.resolve({ ok: false, reason: 'too_large' });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        stop();
        // Keep nothing more; the refusal's lingering close discards the rest and ends the connection.
        chunks.length = 0;
        resolve({ ok: false, reason: 'too_large' });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolve({ ok: true, text: Buffer.concat(chunks, size).toString('utf8') });
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    // A client that hangs up mid-body would otherwise leave this promise pending.
    const onClose = () => onError(new Error('the client closed the connection before the body ended'));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  });
}
