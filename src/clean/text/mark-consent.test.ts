import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reasonsAfter } from './_rule-reasons.ts';
import { markConsent } from './mark-consent.ts';

const reasons = (body: string) => reasonsAfter(markConsent, body);

test('markConsent removes cookie consent banners', () => {
  const body = [
    'We use cookies to give you a better service. By continuing to browse, you accept their use. Accept all | Manage settings',
    'This website uses cookies to analyse traffic.',
    'By clicking "Agree", you consent to our use of cookies and similar technologies.',
    'Our site and our partners store cookies on your device. Cookie settings',
  ].join('\n');
  assert.deepEqual(reasons(body), ['site-chrome', 'site-chrome', 'site-chrome', 'site-chrome']);
});

test('markConsent keeps reporting about cookies and consent', () => {
  const body = [
    'The regulator fined the retailer 2 million euros for setting tracking cookies without consent.',
    'Bakers use cookies from the festival to raise money for the shelter, the organisers said.',
    'By continuing the strike, the union said, workers would agree to lose a week of pay.',
  ].join('\n');
  assert.deepEqual(reasons(body), ['kept', 'kept', 'kept']);
});
