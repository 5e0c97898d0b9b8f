// A bare static file server on 127.0.0.1 for the baseline page.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolveStatic } from '../../src/main/serve/staticFiles';

export async function serveFolder(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    void resolveStatic(dir, new URL(req.url ?? '/', 'http://x').pathname).then((file) => {
      if (!file) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'Content-Type': file.type }).end(file.body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) };
}
