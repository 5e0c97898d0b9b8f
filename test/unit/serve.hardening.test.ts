// The browser shell against a hostile client: everything cheap is refused before a body is
// read or parsed (no token, foreign Origin, wrong Content-Type, declared length too large),
// a body that grows past its method's limit is cut off while streaming, deep JSON never
// reaches JSON.parse, the event stream opens only for a live session and ends with it, and
// the renderer's own HTTP transport still works against all of it.
import { execFile } from 'node:child_process';
import { request, type IncomingHttpHeaders } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import type { CallOrigin } from '../../src/main/core/handle';
import { startServer, type RunningServer } from '../../src/main/serve/server';
import { BODY_LIMITS, ORDINARY_BODY_LIMIT } from '../../src/main/serve/bodyLimits';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../../src/main/serve/jsonNesting';
import { httpTransport } from '../../src/renderer/api/httpTransport';
import type { PushedEvent } from '../../src/shared/events';
import { demoStreetCopy, TEST_ANCHOR } from '../helpers/demoStreet';
import { tempDir } from '../helpers/tempDir';

let core: CoreHandle;
let server: RunningServer;
const origins: (CallOrigin | undefined)[] = [];
const cleanups: (() => void)[] = [];
const MB = 1024 * 1024;

beforeAll(async () => {
  const street = await demoStreetCopy();
  cleanups.push(street.remove);
  const web = tempDir();
  cleanups.push(web.remove);
  mkdirSync(join(web.path, 'assets'));
  writeFileSync(join(web.path, 'index.html'), '<!doctype html><title>StreetOps</title>');
  const real = await startCore({ dataDir: street.dir, now: () => TEST_ANCHOR });
  // The real core, with the origin of each call noted on the way through.
  core = {
    call: (method, input, token, origin) => {
      origins.push(origin);
      return real.call(method, input, token, origin);
    },
    subscribe: (listener) => real.subscribe(listener),
    hasSession: (token) => real.hasSession(token),
    ready: () => real.ready(),
    close: () => real.close(),
  };
  server = await startServer({ core, staticDir: web.path, heartbeatMs: 50 });
});
afterAll(async () => {
  await server.close();
  await core.close();
  cleanups.forEach((f) => f());
});

interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  json: { ok: boolean; result?: unknown; error?: { code: string; message: string; details?: { reason?: string }[] } };
}

const jsonHeaders = (token?: string): Record<string, string> => ({ 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) });

/**
 * One request over node:http, which lets us forge Origin and Host and control the body:
 * `body` is sent whole; without it only the headers go, and the body never does.
 */
function raw(path: string, headers: Record<string, string>, send: { body?: string; method?: string } = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = request({ host: '127.0.0.1', port: server.port, path, method: send.method ?? 'POST', headers: { Host: `127.0.0.1:${server.port}`, ...headers } }, (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, json: JSON.parse(text) as RawAnswer['json'] });
        req.destroy();
      });
    });
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    if (send.body !== undefined) {
      req.end(send.body);
    } else {
      req.flushHeaders();
    }
  });
}

/**
 * Pushes `megabytes` of a JSON string as a chunked body from a separate process, so the
 * latency measured here is the server's, not the attacker's writes sharing our event loop.
 * Repeats it `times` times, one after the other; for each, the status the server answered
 * (0 when the connection failed before an answer came) and the MB sent by then.
 */
function pushFromAnotherProcess(path: string, token: string, megabytes: number, times = 1): Promise<{ status: number; sentMb: number }[]> {
  const script = `
    const http = require('node:http');
    const [port, path, token, mb, times] = process.argv.slice(1);
    const total = Number(mb) * 1024 * 1024;
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const once = () => new Promise((resolve) => {
      let sent = 0, answered = false;
      const req = http.request({ host: '127.0.0.1', port: Number(port), path, method: 'POST', agent: false, headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token, 'Transfer-Encoding': 'chunked' } }, (res) => {
        answered = true;
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode, sentMb: sent / 1048576 }));
      });
      req.on('error', () => { if (!answered) resolve({ status: 0, sentMb: sent / 1048576 }); });
      req.write('"');
      const pump = () => {
        while (!answered && sent < total) { sent += chunk.length; if (!req.write(chunk)) return req.once('drain', pump); }
        if (!answered) req.end('"');
      };
      pump();
    });
    (async () => {
      const results = [];
      for (let i = 0; i < Number(times); i++) results.push(await once());
      process.stdout.write(JSON.stringify(results));
    })();`;
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['-e', script, String(server.port), path, token, String(megabytes), String(times)], { timeout: 60_000 }, (error, stdout) => {
      if (error) reject(error);
      else resolve(JSON.parse(stdout) as { status: number; sentMb: number }[]);
    });
  });
}

/** A process that starts and idles for half a second: the baseline for the latencies. */
function idleProcess(): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['-e', 'setTimeout(() => undefined, 500)'], (error) => (error ? reject(error) : resolve()));
  });
}

/**
 * Calls session.status back to back until `attack` settles. Returns each call's latency and
 * the longest the server's event loop (this process) was held meanwhile.
 */
async function cheapCallLatencies(attack: Promise<unknown>): Promise<{ ms: number[]; loopMaxMs: number }> {
  const ms: number[] = [];
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  let done = false;
  void attack.finally(() => (done = true));
  while (!done || ms.length < 3) {
    const t0 = performance.now();
    expect((await raw('/api/call/session.status', jsonHeaders(), { body: '{}' })).status).toBe(200);
    ms.push(performance.now() - t0);
  }
  loop.disable();
  return { ms, loopMaxMs: loop.max / 1e6 };
}

const describeLatencies = ({ ms, loopMaxMs }: { ms: number[]; loopMaxMs: number }) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return `${ms.length} session.status calls, median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} ms, max ${sorted[sorted.length - 1]!.toFixed(1)} ms; event loop held at most ${loopMaxMs.toFixed(1)} ms`;
};

async function unlock(username: string): Promise<string> {
  const answer = await raw('/api/call/auth.unlock', jsonHeaders(), { body: JSON.stringify({ username, password: 'streetops' }) });
  return (answer.json.result as { token: string }).token;
}

const reason = (a: RawAnswer) => a.json.error?.details?.[0]?.reason;

describe('body size', () => {
  it('refuses a declared oversized body from its Content-Length, without waiting for a byte of it', async () => {
    const token = await unlock('admin');
    // Headers only: the 50 MB body is never sent, so an answer proves nothing waited for it.
    const answer = await raw('/api/call/street.summary', { ...jsonHeaders(token), 'Content-Length': String(50 * MB) });
    expect(answer.status).toBe(413);
    expect(answer.json.error).toMatchObject({ code: 'invalid_input', message: 'street.summary: the request body is larger than 1 MiB, the limit for this method' });
    expect(reason(answer)).toBe('too_large');
    // The connection is not reused after a body left unread.
    expect(answer.headers.connection).toBe('close');
  });

  it('cuts off a streamed 50 MB body at the limit, and answers a cheap call meanwhile', async () => {
    const token = await unlock('admin');
    // For comparison: the same calls while another process merely starts up and waits.
    const baseline = await cheapCallLatencies(idleProcess());
    console.log(`no attack (another process starting): ${describeLatencies(baseline)}`);
    const attack = pushFromAnotherProcess('/api/call/street.summary', token, 50);
    const latencies = await cheapCallLatencies(attack);
    const answer = (await attack)[0]!;
    expect(answer.status).toBe(413);
    // The attacker is stopped near the limit: far less than 50 MB went over the wire.
    expect(answer.sentMb).toBeLessThan(25);
    console.log(`streamed 50 MB to street.summary (1 MiB limit): refused after ${answer.sentMb.toFixed(1)} MB sent; meanwhile ${describeLatencies(latencies)}`);
  });

  it('cuts off a streamed 50 MB body to case.report at its own, larger limit', async () => {
    const token = await unlock('dispatcher');
    const attack = pushFromAnotherProcess('/api/call/case.report', token, 50);
    const latencies = await cheapCallLatencies(attack);
    const answer = (await attack)[0]!;
    expect(answer.status).toBe(413);
    console.log(`streamed 50 MB to case.report (41 MiB limit): refused after ${answer.sentMb.toFixed(1)} MB sent; meanwhile ${describeLatencies(latencies)}`);
  });

  it('lets every client that is still sending read its refusal', async () => {
    const token = await unlock('admin');
    // Closing at once would reset the connection under the sender and lose many of these.
    const answers = await pushFromAnotherProcess('/api/call/street.summary', token, 50, 30);
    expect(answers.map((a) => a.status)).toEqual(Array.from({ length: 30 }, () => 413));
  });

  it('limits each method by its own entry: case.report takes photos, ordinary calls 1 MiB', async () => {
    const token = await unlock('dispatcher');
    // A JPEG signature then zeros: 1.5 MiB of bytes, 2 MiB of base64.
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(1.5 * MB - 4)]).toString('base64');
    const ordinary = await raw('/api/call/street.summary', jsonHeaders(token), { body: JSON.stringify({ pad: jpeg }) });
    expect(ordinary.status).toBe(413);
    const categories = (await raw('/api/call/case.categories', jsonHeaders(token), { body: '{}' })).json.result as { children: { id: number }[] }[];
    const center = ((await raw('/api/call/street.summary', jsonHeaders(token), { body: '{}' })).json.result as { center: [number, number] }).center;
    const report = {
      source: 'patrol',
      categoryId: categories[0]!.children[0]!.id,
      lng: center[0],
      lat: center[1],
      description: '大照片测试：路面塌陷',
      photos: [{ name: 'big.jpg', mime: 'image/jpeg', dataBase64: jpeg }],
    };
    const filed = await raw('/api/call/case.report', jsonHeaders(token), { body: JSON.stringify(report) });
    expect(filed.json.error).toBeUndefined();
    expect(filed.status).toBe(200);
    expect(ORDINARY_BODY_LIMIT).toBe(MB);
    // The largest report the schema allows (6 photos of 7,000,000 base64 characters) fits.
    const largest = JSON.stringify({ ...report, description: 'x'.repeat(1000), photos: Array.from({ length: 6 }, () => ({ name: 'n'.repeat(120), mime: 'image/jpeg', dataBase64: '' })) });
    expect(Buffer.byteLength(largest) + 6 * 7_000_000).toBeLessThanOrEqual(BODY_LIMITS['case.report']!);
  });
});

describe('JSON nesting', () => {
  it('refuses a deep body before parsing it', async () => {
    const token = await unlock('admin');
    const deep = `{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const answer = await raw('/api/call/street.summary', jsonHeaders(token), { body: deep });
    expect(answer.status).toBe(400);
    expect(answer.json.error?.message).toBe(`street.summary: the request body nests arrays or objects deeper than ${MAX_JSON_DEPTH} levels`);
    expect(reason(answer)).toBe('too_deep');
  });

  it('counts brackets outside strings only', () => {
    const nest = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
    expect(nestsDeeperThan(nest(32), 32)).toBe(false);
    expect(nestsDeeperThan(nest(33), 32)).toBe(true);
    // Brackets and escaped quotes inside strings do not count: this nests exactly 3 deep.
    const tricky = JSON.stringify({ s: '[[[[[[', t: 'a\\"[[[[\\\\', u: [1, { v: '"]]]]' }] });
    expect(nestsDeeperThan(tricky, 3)).toBe(false);
    expect(nestsDeeperThan(tricky, 2)).toBe(true);
    expect(nestsDeeperThan(`["\\\\"${nest(3)}]`, 3)).toBe(true);
    expect(nestsDeeperThan('{"unterminated": "[[[[', 1)).toBe(false);
  });
});

describe('headers checked before the body', () => {
  it('answers 401 to a non-public call without a session, without reading the body', async () => {
    // The body is declared but never sent: an answer proves the server did not wait for it.
    const noToken = await raw('/api/call/building.detail', { ...jsonHeaders(), 'Content-Length': '1000' });
    expect(noToken.status).toBe(401);
    expect(noToken.json.error?.code).toBe('unauthorized');
    const staleToken = await raw('/api/call/street.summary', { ...jsonHeaders('not-a-session'), 'Content-Length': String(50 * MB) });
    expect(staleToken.status).toBe(401);
    // Unknown methods too: nobody learns more without a session.
    expect((await raw('/api/call/no.such', { ...jsonHeaders(), 'Content-Length': '10' })).status).toBe(401);
  });

  it('requires Content-Type application/json', async () => {
    const token = await unlock('admin');
    const plain = await raw('/api/call/street.summary', { 'Content-Type': 'text/plain', Authorization: `Bearer ${token}` }, { body: '{}' });
    expect(plain.status).toBe(415);
    expect(plain.json.error?.message).toBe('street.summary: the Content-Type header must be application/json');
    expect((await raw('/api/call/session.status', {}, { body: '{}' })).status).toBe(415);
    expect((await raw('/api/call/session.status', { 'Content-Type': 'application/json; charset=utf-8' }, { body: '{}' })).status).toBe(200);
  });

  it('refuses a foreign Origin, the cross-site text/plain unlock included, and no session opens', async () => {
    const credentials = JSON.stringify({ username: 'admin', password: 'streetops' });
    const before = origins.length;
    const crossSite = await raw('/api/call/auth.unlock', { 'Content-Type': 'text/plain', Origin: 'http://evil.example' }, { body: credentials });
    expect(crossSite.status).toBe(403);
    expect(reason(crossSite)).toBe('foreign_origin');
    const jsonCrossSite = await raw('/api/call/auth.unlock', { ...jsonHeaders(), Origin: 'http://evil.example' }, { body: credentials });
    expect(jsonCrossSite.status).toBe(403);
    // Same host, another port, or another scheme, is another origin.
    expect((await raw('/api/call/auth.unlock', { ...jsonHeaders(), Origin: `http://127.0.0.1:${server.port + 1}` }, { body: credentials })).status).toBe(403);
    expect((await raw('/api/call/auth.unlock', { ...jsonHeaders(), Origin: `https://127.0.0.1:${server.port}` }, { body: credentials })).status).toBe(403);
    expect((await raw('/api/call/auth.unlock', { ...jsonHeaders(), Origin: 'null' }, { body: credentials })).status).toBe(403);
    expect(origins.length).toBe(before);
    const own = await raw('/api/call/auth.unlock', { ...jsonHeaders(), Origin: `http://127.0.0.1:${server.port}` }, { body: credentials });
    expect(own.status).toBe(200);
  });

  it('answers a malformed %-escape in the method name with 400', async () => {
    const answer = await raw('/api/call/street.%E0%A4%A', jsonHeaders(), { body: '{}' });
    expect(answer.status).toBe(400);
    expect(reason(answer)).toBe('bad_url');
    expect((await raw('/api/call/%zz', jsonHeaders(), { body: '{}' })).status).toBe(400);
  });

  it('passes the peer address to the core', async () => {
    origins.length = 0;
    await raw('/api/call/session.status', jsonHeaders(), { body: '{}' });
    expect(origins).toEqual([{ source: '127.0.0.1' }]);
  });
});

describe('event stream', () => {
  it('refuses a stream without a live session before opening it', async () => {
    const none = await raw('/api/events', {}, { method: 'GET' });
    expect(none.status).toBe(401);
    expect(none.headers['content-type']).toContain('application/json');
    expect((await raw('/api/events', { Authorization: 'Bearer forged' }, { method: 'GET' })).status).toBe(401);
    const token = await unlock('leader');
    expect((await raw('/api/events', { Authorization: `Bearer ${token}`, Origin: 'http://evil.example' }, { method: 'GET' })).status).toBe(403);
  });

  it('ends a stream when its session is locked', async () => {
    const token = await unlock('operator');
    const res = await fetch(`${server.url}/api/events`, { headers: { Authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toContain(': connected');
    await raw('/api/call/auth.lock', jsonHeaders(token), { body: '{}' });
    // The heartbeat (50 ms here) finds the session gone and ends the stream.
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) break;
    }
  });
});

describe('the renderer transport', () => {
  it('calls and subscribes through the hardened server', async () => {
    const transport = httpTransport(server.url);
    const unlocked = await transport.invoke('auth.unlock', { username: 'dispatcher', password: 'streetops' }, null);
    expect(unlocked.ok).toBe(true);
    const token = unlocked.ok ? (unlocked.result as { token: string }).token : null;
    const summary = await transport.invoke('street.summary', {}, token);
    expect(summary).toMatchObject({ ok: true, result: { communities: expect.any(Number) } });
    const events: PushedEvent[] = [];
    const stop = transport.subscribe(
      (e) => events.push(e),
      () => token,
      () => () => undefined,
    );
    const categories = (await transport.invoke('case.categories', {}, token)) as { ok: true; result: { children: { id: number }[] }[] };
    const center = (summary as { ok: true; result: { center: [number, number] } }).result.center;
    // Wait for the stream to open before the write whose event it should carry.
    await new Promise((r) => setTimeout(r, 200));
    const filed = await transport.invoke(
      'case.report',
      { source: 'patrol', categoryId: categories.result[0]!.children[0]!.id, lng: center[0], lat: center[1], description: '传输测试：路灯不亮' },
      token,
    );
    expect(filed.ok).toBe(true);
    for (let i = 0; i < 40 && !events.some((e) => e.name === 'case.changed'); i++) await new Promise((r) => setTimeout(r, 50));
    stop();
    expect(events.map((e) => e.name)).toContain('case.changed');
  });
});
