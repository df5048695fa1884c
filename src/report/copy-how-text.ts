import type { CopyHow } from '../model/index.ts';

/** How a copy ran its version, in words every writer shows: "word for word", "its first 56%", "all but a few words". */
export function copyHowText(how: CopyHow, share: number): string {
  if (how === 'same') return 'word for word';
  if (how === 'prefix') return `its first ${Math.round(share * 100)}%`;
  return 'all but a few words';
}
