export const LANGUAGES = ['fr', 'nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The first of fr, nl or en named by an Accept-Language header, in the order of its q-values. */
export function languageFrom(header: string | string[] | undefined, fallback: Language): Language {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!value) return fallback;
  const ranked = value
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.trim().slice(0, 2).toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return (
    (ranked.find((r) => r.q > 0 && (LANGUAGES as readonly string[]).includes(r.lang))?.lang as Language) ?? fallback
  );
}
