import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isPrivateAddress } from './is-private-address.ts';

test('public addresses pass', () => {
  for (const a of ['8.8.8.8', '1.1.1.1', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '2a00:1450:4001:80b::200e']) {
    assert.equal(isPrivateAddress(a), null, a);
  }
});

test('IPv4 special ranges are classified', () => {
  assert.equal(isPrivateAddress('127.0.0.1'), 'loopback');
  assert.equal(isPrivateAddress('127.255.1.2'), 'loopback');
  assert.equal(isPrivateAddress('10.0.0.5'), 'private');
  assert.equal(isPrivateAddress('172.16.0.1'), 'private');
  assert.equal(isPrivateAddress('172.31.255.255'), 'private');
  assert.equal(isPrivateAddress('192.168.1.1'), 'private');
  assert.equal(isPrivateAddress('169.254.169.254'), 'link-local');
  assert.equal(isPrivateAddress('0.0.0.0'), 'unspecified');
  assert.equal(isPrivateAddress('100.64.0.1'), 'shared (CGNAT)');
  assert.equal(isPrivateAddress('100.127.255.255'), 'shared (CGNAT)');
  assert.equal(isPrivateAddress('224.0.0.1'), 'multicast');
  assert.equal(isPrivateAddress('255.255.255.255'), 'reserved');
});

test('IPv6 special ranges, including IPv4 hidden inside IPv6, are classified', () => {
  assert.equal(isPrivateAddress('::1'), 'loopback');
  assert.equal(isPrivateAddress('[::1]'), 'loopback');
  assert.equal(isPrivateAddress('::'), 'unspecified');
  assert.equal(isPrivateAddress('fd12:3456::1'), 'private');
  assert.equal(isPrivateAddress('fc00::1'), 'private');
  assert.equal(isPrivateAddress('fe80::1%eth0'), 'link-local');
  assert.equal(isPrivateAddress('::ffff:127.0.0.1'), 'loopback');
  assert.equal(isPrivateAddress('::ffff:7f00:1'), 'loopback');
  assert.equal(isPrivateAddress('::ffff:10.1.2.3'), 'private');
  assert.equal(isPrivateAddress('::ffff:8.8.8.8'), null);
  assert.equal(isPrivateAddress('64:ff9b::192.168.0.1'), 'private');
  assert.equal(isPrivateAddress('2002:a9fe:a9fe::1'), 'link-local');
  assert.equal(isPrivateAddress('ff02::1'), 'multicast');
});

test('a string that is not an address is refused', () => {
  assert.equal(isPrivateAddress('localhost'), 'reserved');
});

test('Teredo and the local-use NAT64 prefix are not public', () => {
  assert.equal(isPrivateAddress('2001::1'), 'reserved');
  assert.equal(isPrivateAddress('2001:0:4136:e378:8000:63bf:3fff:fdd2'), 'reserved');
  assert.equal(isPrivateAddress('64:ff9b:1::a00:1'), 'private');
  assert.equal(isPrivateAddress('64:ff9b:1:ffff::1'), 'private');
  // Neighbours of those blocks stay public.
  assert.equal(isPrivateAddress('2001:1::1'), null);
  assert.equal(isPrivateAddress('2001:4860:4860::8888'), null);
  assert.equal(isPrivateAddress('64:ff9b:2::1'), null);
});
