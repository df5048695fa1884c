import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeNetworkError } from './describe-network-error.ts';

const err = (code: string, message = 'x'): Error => Object.assign(new Error(message), { code });

test('network errors read as one sentence', () => {
  assert.equal(describeNetworkError(err('ENOTFOUND')), 'Host not found');
  assert.equal(describeNetworkError(err('ECONNREFUSED')), 'Connection refused');
  assert.equal(describeNetworkError(err('CERT_HAS_EXPIRED')), 'TLS certificate problem (CERT_HAS_EXPIRED)');
  assert.equal(describeNetworkError(err('HPE_INVALID_METHOD')), 'Not a valid HTTP response');
  assert.equal(describeNetworkError(err('EWEIRD')), 'Network error (EWEIRD)');
  assert.equal(describeNetworkError(new Error('socket hang up\nmore')), 'Network error (socket hang up)');
});
