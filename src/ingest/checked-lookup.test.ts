import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LookupAddress } from 'node:dns';
import { checkedLookup, refusal } from './checked-lookup.ts';
import { InputError } from './input-error.ts';

const resolve = (host: string, all: boolean, policy = refusal) => new Promise<{ error: unknown; address: unknown }>((done) => {
  checkedLookup(policy)(host, { all }, (error, address) => done({ error, address }));
});

test('a name resolving to a loopback address is refused with the reason', async () => {
  const { error } = await resolve('localhost', false);
  assert.ok(error instanceof InputError);
  assert.match(error.message, /^Refused loopback address (127\.0\.0\.1|::1) \(use --allow-private\)$/);
});

test('addresses the policy allows are passed on in the form asked for', async () => {
  const open = (): null => null;
  const one = await resolve('localhost', false, open);
  assert.equal(one.error, null);
  assert.equal(typeof one.address, 'string');
  const all = await resolve('localhost', true, open);
  assert.ok(Array.isArray(all.address) && (all.address as LookupAddress[]).length >= 1);
});

test('refusal names public addresses as allowed', () => {
  assert.equal(refusal('93.184.216.34'), null);
  assert.equal(refusal('192.168.0.10'), 'Refused private address 192.168.0.10 (use --allow-private)');
});
