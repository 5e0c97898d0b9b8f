// Closing a connection whose request body was refused unread ("lingering close", as
// Apache and nginx do it). The answer says `Connection: close`, so no client reuses the
// connection. Node would then destroy the socket as soon as the answer is out, and a
// socket destroyed while the client is still sending answers it with a reset, which makes
// many clients lose the refusal they have not read yet (measured: 11 of 30 lost). So once
// the answer is out, we keep discarding what arrives (nothing is kept or parsed) and cut
// the connection only after a short grace, which a client that keeps pushing cannot extend.
import type { IncomingMessage, ServerResponse } from 'node:http';

export const LINGER_MS = 2_000;

/** Call before writing the refusal. */
export function closeAfterAnswer(req: IncomingMessage, res: ServerResponse, lingerMs = LINGER_MS): void {
  const socket = req.socket;
  res.setHeader('Connection', 'close');
  res.once('finish', () => {
    // Node's own finish handler ran first and scheduled socket.destroy for when our side
    // has ended (net.Socket#destroySoon); take that back and destroy after the grace.
    socket.removeListener('finish', socket.destroy);
    req.resume();
    const timer = setTimeout(() => socket.destroy(), lingerMs);
    // A lingering client must not keep the process alive.
    timer.unref();
    socket.once('close', () => clearTimeout(timer));
  });
}
