/** Units an interval may be given in, in seconds. */
const UNITS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86_400 };

/**
 * An interval as the user writes it ("90s", "15m", "1h", "1d", or "1h30m"), in seconds; null when it is not one. A
 * plain number is minutes, as feed readers count.
 */
export function parseInterval(text: string): number | null {
  const trimmed = text.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return positive(Number(trimmed) * 60);
  if (!/^(\d+(\.\d+)?[smhd])+$/.test(trimmed)) return null;
  let seconds = 0;
  for (const [, n, unit] of trimmed.matchAll(/(\d+(?:\.\d+)?)([smhd])/g)) seconds += Number(n) * UNITS[unit!]!;
  return positive(seconds);
}

/** Seconds as the shortest reading: "15m", "1h30m", "45s". */
export function formatInterval(seconds: number): string {
  let left = Math.round(seconds);
  const parts: string[] = [];
  for (const [unit, size] of [['d', 86_400], ['h', 3600], ['m', 60], ['s', 1]] as const) {
    if (left >= size) {
      parts.push(`${Math.floor(left / size)}${unit}`);
      left %= size;
    }
  }
  return parts.join('') || '0s';
}

function positive(seconds: number): number | null {
  const whole = Math.round(seconds);
  return whole >= 1 && whole <= 365 * 86_400 ? whole : null;
}
