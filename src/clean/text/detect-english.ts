const COMMON = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'as', 'by', 'he', 'she', 'his', 'her', 'they', 'at', 'from', 'has', 'have', 'had', 'were', 'be', 'been', 'said', 'are', 'an', 'which', 'who', 'not', 'but', 'this', 'their', 'its', 'will', 'would']);
const MIN_WORDS = 20;
const MIN_SHARE = 0.15;

/** "en" when English function words make up a good share of the text, else null (unknown). */
export function detectEnglish(text: string): 'en' | null {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return null;
  const common = words.filter((w) => COMMON.has(w)).length;
  return common / words.length >= MIN_SHARE ? 'en' : null;
}
