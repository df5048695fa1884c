import { createHash } from 'node:crypto';

/** A CSP source expression allowing exactly this inline script or style text: `'sha256-…'`. */
export function cspSourceHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
