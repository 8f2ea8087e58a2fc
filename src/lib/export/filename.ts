// The name of a downloaded file, from the figure's title: ASCII, words joined by '-', cut at a
// word (never mid-word, never ending in '-'), then what the file is ("-full" for full data), then
// its extension. "Tỷ số giới tính khi sinh, năm 2025" → "ty-so-gioi-tinh-khi-sinh-nam-2025.csv".

/** Longest slug kept from a title, before any suffix. */
export const MAX_SLUG = 72;

export function downloadName(title: string, ext: string, suffix = ''): string {
  let slug = title
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > MAX_SLUG) {
    const cut = slug.lastIndexOf('-', MAX_SLUG);
    slug = (cut > MAX_SLUG / 2 ? slug.slice(0, cut) : slug.slice(0, MAX_SLUG)).replace(/-+$/, '');
  }
  const tail = suffix.replace(/[^a-z0-9-]+/gi, '').replace(/^-+|-+$/g, '');
  return `${[slug || 'data', tail].filter(Boolean).join('-')}.${ext}`;
}
