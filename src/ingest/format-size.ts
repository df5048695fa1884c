const KIB = 1024;
const MIB = 1024 * 1024;

/** A byte count for a message: "512 bytes", "64 KiB", "10 MiB", "2.9 MiB". */
export function formatSize(bytes: number): string {
  if (bytes >= MIB && bytes % MIB === 0) return `${bytes / MIB} MiB`;
  if (bytes >= KIB && bytes % KIB === 0 && bytes < MIB) return `${bytes / KIB} KiB`;
  if (bytes >= MIB) return `${(bytes / MIB).toFixed(1)} MiB`;
  return `${bytes} bytes`;
}
