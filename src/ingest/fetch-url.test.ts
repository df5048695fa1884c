import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { fetchUrl, type FetchOptions } from './fetch-url.ts';
import { InputError } from './input-error.ts';
import { refusal } from './checked-lookup.ts';
import { startTestServer } from './_test-server.ts';

const options: FetchOptions = { allowPrivate: true, timeoutMs: 5000, maxBytes: 1000, maxRedirects: 3 };
let server: Awaited<ReturnType<typeof startTestServer>>;

before(async () => {
  server = await startTestServer({
    '/page': (_q, r) => r.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-language': 'en-GB' }).end('<p>Hello</p>'),
    '/r1': (_q, r) => r.writeHead(302, { location: '/r2' }).end(),
    '/r2': (_q, r) => r.writeHead(301, { location: `${server.base}/page` }).end(),
    '/chain0': (_q, r) => r.writeHead(302, { location: '/chain1' }).end(),
    '/chain1': (_q, r) => r.writeHead(302, { location: '/chain2' }).end(),
    '/chain2': (_q, r) => r.writeHead(302, { location: '/chain3' }).end(),
    '/chain3': (_q, r) => r.writeHead(302, { location: '/page' }).end(),
    '/loop-a': (_q, r) => r.writeHead(307, { location: '/loop-b' }).end(),
    '/loop-b': (_q, r) => r.writeHead(307, { location: '/loop-a' }).end(),
    '/to-file': (_q, r) => r.writeHead(302, { location: 'file:///etc/passwd' }).end(),
    '/to-private': (_q, r) => r.writeHead(302, { location: 'http://10.0.0.5/admin' }).end(),
    '/to-mapped': (_q, r) => r.writeHead(302, { location: 'http://[::ffff:127.0.0.1]/' }).end(),
    '/hang': () => { /* never answers */ },
    '/stall-gzip': (_q, r) => {
      r.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      r.write(gzipSync('<p>'.repeat(200)).subarray(0, 20));
    },
    '/cut-gzip': (_q, r) => {
      r.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      r.write(gzipSync('<p>'.repeat(200)).subarray(0, 20));
      setTimeout(() => r.socket?.destroy(), 20);
    },
    '/stall': (_q, r) => { r.writeHead(200, { 'content-type': 'text/html' }); r.write('<p>first part'); },
    '/big-declared': (_q, r) => r.writeHead(200, { 'content-type': 'text/plain' }).end('x'.repeat(1500)),
    '/big-streamed': (_q, r) => {
      r.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 30; i++) r.write('y'.repeat(100));
      r.end();
    },
    '/gzip': (_q, r) => r.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }).end(gzipSync('Packed “words”.')),
    '/gzip-bomb': (_q, r) => r.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }).end(gzipSync('z'.repeat(50_000))),
    '/png': (_q, r) => r.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47])),
    '/gone': (_q, r) => r.writeHead(410).end(),
    '/empty': (_q, r) => r.writeHead(200, { 'content-type': 'text/html' }).end(),
  });
});
after(() => server.close());

const refusedWith = (reason: string | RegExp) => (e: unknown): boolean =>
  e instanceof InputError && (typeof reason === 'string' ? e.message === reason : reason.test(e.message));

test('a page is fetched with its content type and language', async () => {
  const got = await fetchUrl(`${server.base}/page`, options);
  assert.equal(got.bytes.toString('utf8'), '<p>Hello</p>');
  assert.equal(got.contentType, 'text/html; charset=utf-8');
  assert.equal(got.language, 'en-GB');
  assert.equal(got.url, `${server.base}/page`);
});

test('redirects are followed (relative and absolute) and the final address reported', async () => {
  const got = await fetchUrl(`${server.base}/r1`, options);
  assert.equal(got.url, `${server.base}/page`);
});

test('the redirect limit and redirect loops are refused', async () => {
  await assert.rejects(fetchUrl(`${server.base}/chain0`, options), refusedWith('Too many redirects (more than 3)'));
  assert.equal((await fetchUrl(`${server.base}/chain0`, { ...options, maxRedirects: 4 })).url, `${server.base}/page`);
  await assert.rejects(fetchUrl(`${server.base}/loop-a`, options), refusedWith(`Redirect loop at ${server.base}/loop-a`));
  await assert.rejects(fetchUrl(`${server.base}/to-file`, options), refusedWith('Unsupported URL scheme "file:"'));
});

test('private addresses are refused unless allowed, by literal and by name', async () => {
  const strict = { ...options, allowPrivate: false };
  await assert.rejects(fetchUrl(`${server.base}/page`, strict), refusedWith('Refused loopback address 127.0.0.1 (use --allow-private)'));
  await assert.rejects(fetchUrl(`http://localhost:${server.port}/page`, strict), refusedWith(/^Refused loopback address (127\.0\.0\.1|::1) \(use --allow-private\)$/));
  await assert.rejects(fetchUrl('http://[::ffff:10.0.0.5]/', strict), refusedWith('Refused private address ::ffff:a00:5 (use --allow-private)'));
  await assert.rejects(fetchUrl('http://169.254.169.254/latest/meta-data', strict), refusedWith('Refused link-local address 169.254.169.254 (use --allow-private)'));
});

test('every redirect hop is checked against the address policy', async () => {
  // Only the test server's own address is let through, so the first hop passes and the second is judged.
  const strict: FetchOptions = { ...options, allowPrivate: false, addressPolicy: (a) => (a === '127.0.0.1' ? null : refusal(a)) };
  assert.equal((await fetchUrl(`${server.base}/r1`, strict)).url, `${server.base}/page`);
  await assert.rejects(fetchUrl(`${server.base}/to-private`, strict), refusedWith('Refused private address 10.0.0.5 (use --allow-private)'));
  await assert.rejects(fetchUrl(`${server.base}/to-mapped`, strict), refusedWith('Refused loopback address ::ffff:7f00:1 (use --allow-private)'));
});

test('a slow server times out', async () => {
  await assert.rejects(fetchUrl(`${server.base}/hang`, { ...options, timeoutMs: 150 }), refusedWith('Timed out after 150 ms'));
  await assert.rejects(fetchUrl(`${server.base}/stall`, { ...options, timeoutMs: 150 }), refusedWith('Timed out after 150 ms'));
  await assert.rejects(fetchUrl(`${server.base}/stall-gzip`, { ...options, timeoutMs: 150 }), refusedWith('Timed out after 150 ms'));
});

test('a compressed body cut short is an error, not a hang', async () => {
  await assert.rejects(fetchUrl(`${server.base}/cut-gzip`, { ...options, timeoutMs: 5000 }), (e: unknown) => e instanceof InputError && !/Timed out/.test(e.message));
});

test('bodies past the size limit are refused, declared or streamed or unpacked', async () => {
  const tooBig = refusedWith('Larger than the size limit (1000 bytes)');
  await assert.rejects(fetchUrl(`${server.base}/big-declared`, options), tooBig);
  await assert.rejects(fetchUrl(`${server.base}/big-streamed`, options), tooBig);
  await assert.rejects(fetchUrl(`${server.base}/gzip-bomb`, options), tooBig);
});

test('gzip content-encoding is decoded', async () => {
  assert.equal((await fetchUrl(`${server.base}/gzip`, options)).bytes.toString('utf8'), 'Packed “words”.');
});

test('bad content types, HTTP errors, empty bodies and bad URLs are input errors', async () => {
  await assert.rejects(fetchUrl(`${server.base}/png`, options), refusedWith('Not a supported content type (image/png)'));
  await assert.rejects(fetchUrl(`${server.base}/nope`, options), refusedWith('HTTP 404 Not Found'));
  await assert.rejects(fetchUrl(`${server.base}/gone`, options), refusedWith('HTTP 410 Gone'));
  await assert.rejects(fetchUrl(`${server.base}/empty`, options), refusedWith('Empty response'));
  await assert.rejects(fetchUrl('http://exa mple.test/', options), refusedWith('Not a valid URL'));
  await assert.rejects(fetchUrl('ftp://example.test/a.txt', options), refusedWith('Unsupported URL scheme "ftp:"'));
});

test('a closed port is a one-line network problem', async () => {
  const gone = await startTestServer({});
  const base = gone.base;
  await gone.close();
  await assert.rejects(fetchUrl(`${base}/`, options), refusedWith('Connection refused'));
});
