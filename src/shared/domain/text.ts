/** Trims and collapses inner whitespace: "  Rue   Haute " → "Rue Haute". */
export const collapseSpaces = (text: string): string => text.trim().replace(/\s+/g, ' ');

/** Lowercased without accents: the sort and search key of a name or a city ("Liège" → "liege", "Éric" → "eric"). */
export const searchKey = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
