import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { InputError } from './input-error.ts';
import { isPrivateAddress } from './is-private-address.ts';

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** The reason an address may not be fetched from, or null when it may. */
export function refusal(address: string): string | null {
  const kind = isPrivateAddress(address);
  return kind ? `Refused ${kind} address ${address} (use --allow-private)` : null;
}

/** Says why an address may not be connected to, or null when it may. */
export type AddressPolicy = (address: string) => string | null;

/**
 * A `lookup` for http.request that resolves every address of a host and refuses the connection when
 * the policy refuses any of them. Checking at connect time, not before, leaves no gap for DNS rebinding.
 */
export function checkedLookup(policy: AddressPolicy) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => lookupWith(policy, hostname, options, callback);
}

function lookupWith(policy: AddressPolicy, hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    for (const { address } of addresses) {
      const reason = policy(address);
      if (reason) return callback(new InputError(reason) as NodeJS.ErrnoException, []);
    }
    if (options.all) return callback(null, addresses);
    const first = addresses[0];
    if (!first) return callback(Object.assign(new Error(`No address for ${hostname}`), { code: 'ENOTFOUND' }), []);
    return callback(null, first.address, first.family);
  });
}
