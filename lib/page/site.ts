/** The name part of a URL's registrable domain: "news.bbc.co.uk" → "bbc", "health.detik.com" → "detik". */
export function siteOf(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  const parts = host.split('.');
  if (parts.length < 2) return host || null;
  const last = parts.at(-1)!;
  const second = parts.at(-2)!;
  // A country's second level ("co.uk", "com.au", "ac.id") stands for the top level.
  return last.length === 2 && second.length <= 3 && parts.length >= 3 ? parts.at(-3)! : second;
}
