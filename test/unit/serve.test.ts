// The browser shell's HTTP transport: loopback only by default, the session token on
// every call but the public two, typed errors with HTTP statuses, the renderer's files
// with a strict CSP, and no way out of the renderer folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import { startServer, type RunningServer } from '../../src/main/serve/server';
import { demoStreetCopy, TEST_ANCHOR } from '../helpers/demoStreet';
import { tempDir } from '../helpers/tempDir';

let core: CoreHandle;
let server: RunningServer;
const cleanups: (() => void)[] = [];

beforeAll(async () => {
  const street = await demoStreetCopy();
  cleanups.push(street.remove);
  const web = tempDir();
  cleanups.push(web.remove);
  mkdirSync(join(web.path, 'assets'));
  writeFileSync(join(web.path, 'index.html'), '<!doctype html><title>StreetOps</title>');
  writeFileSync(join(web.path, 'assets', 'app.js'), 'console.log(1)');
  core = await startCore({ dataDir: street.dir, now: () => TEST_ANCHOR });
  server = await startServer({ core, staticDir: web.path });
});
afterAll(async () => {
  await server.close();
  await core.close();
  cleanups.forEach((f) => f());
});

async function call(method: string, body: unknown, token?: string) {
  const res = await fetch(`${server.url}/api/call/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { ok: boolean; result?: unknown; error?: { code: string; message: string } } };
}

/** A raw request, to send a Host header fetch() would not let us forge. */
function rawGet(path: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, headers: { Host: host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('HTTP transport', () => {
  it('listens on loopback only by default', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('requires the session token on every call but session.status and auth.unlock', async () => {
    expect((await call('session.status', {})).body).toMatchObject({ ok: true, result: { state: 'locked', streetName: expect.stringMatching(/街道$/) } });
    const denied = await call('street.summary', {});
    expect(denied.status).toBe(401);
    expect(denied.body.error?.code).toBe('unauthorized');
    const wrong = await call('auth.unlock', { username: 'admin', password: 'nope' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error?.code).toBe('wrong_password');
    const unlocked = await call('auth.unlock', { username: 'admin', password: 'streetops' });
    const token = (unlocked.body.result as { token: string }).token;
    expect(token.length).toBeGreaterThan(30);
    const summary = await call('street.summary', {}, token);
    expect(summary.status).toBe(200);
    expect(summary.body.result).toMatchObject({ communities: expect.any(Number) });
    expect((await call('street.summary', {}, `${token}x`)).status).toBe(401);
    const bad = await call('building.detail', { id: 'x' }, token);
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'invalid_input', message: 'building.detail: id must be a number' });
    const notJson = await fetch(`${server.url}/api/call/street.summary`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: '{oops' });
    expect(notJson.status).toBe(400);
    expect((await call('auth.lock', {}, token)).status).toBe(200);
    expect((await call('street.summary', {}, token)).status).toBe(401);
  });

  it('serves the renderer with a strict CSP, client routes fall back to index.html, nothing outside the folder', async () => {
    const index = await fetch(`${server.url}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(index.headers.get('content-security-policy')).not.toContain('unsafe-eval');
    expect(await (await fetch(`${server.url}/wall`)).text()).toContain('<title>StreetOps</title>');
    const js = await fetch(`${server.url}/assets/app.js`);
    expect(js.headers.get('content-type')).toContain('javascript');
    expect((await fetch(`${server.url}/assets/missing.js`)).status).toBe(404);
    // An escape attempt resolves inside the folder (and, having no extension, to the app shell).
    const escape = await fetch(`${server.url}/..%2f..%2f..%2fetc%2fpasswd`);
    expect(await escape.text()).not.toContain('root:');
    expect((await fetch(`${server.url}/..%2f..%2f..%2fetc%2fhostname.txt`)).status).toBe(404);
  });

  it('refuses requests whose Host is not ours (DNS rebinding)', async () => {
    expect(await rawGet('/', `127.0.0.1:${server.port}`)).toBe(200);
    expect(await rawGet('/', `evil.example:${server.port}`)).toBe(421);
  });

  it('pushes case events only to streams whose session is still unlocked', async () => {
    const unlock = async (username: string) => ((await call('auth.unlock', { username, password: 'streetops' })).body.result as { token: string }).token;
    const watcher = await unlock('operator');
    const actor = await unlock('dispatcher');
    const res = await fetch(`${server.url}/api/events`, { headers: { Authorization: `Bearer ${watcher}` } });
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let received = '';
    const readFor = async (ms: number) => {
      const deadline = Date.now() + ms;
      while (Date.now() < deadline) {
        const chunk = await Promise.race([reader.read(), new Promise<null>((r) => setTimeout(() => r(null), deadline - Date.now()))]);
        if (!chunk || chunk.done) return;
        received += decoder.decode(chunk.value);
        if (received.includes('case.changed')) return;
      }
    };
    const categories = (await call('case.categories', {}, actor)).body.result as { children: { id: number }[] }[];
    const summary = (await call('street.summary', {}, actor)).body.result as { center: [number, number] };
    const report = () => call('case.report', { source: 'patrol', categoryId: categories[0]!.children[0]!.id, lng: summary.center[0], lat: summary.center[1], description: '推送测试：井盖缺失' }, actor);
    expect((await report()).status).toBe(200);
    await readFor(2000);
    expect(received).toContain('"name":"case.changed"');
    received = '';
    await call('auth.lock', {}, watcher);
    expect((await report()).status).toBe(200);
    await readFor(500);
    expect(received).not.toContain('case.changed');
    await reader.cancel();
  });

  it('streams events to unlocked sessions', async () => {
    const token = ((await call('auth.unlock', { username: 'leader', password: 'streetops' })).body.result as { token: string }).token;
    const res = await fetch(`${server.url}/api/events`, { headers: { Authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toContain(': connected');
    await reader.cancel();
  });
});
