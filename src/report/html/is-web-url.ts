/** True for an absolute http: or https: URL, the only URLs from an article shown as links. */
export function isWebUrl(url: string | null): boolean {
  if (!url) return false;
  if (!/^https?:\/\/[^\s]+$/i.test(url)) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
