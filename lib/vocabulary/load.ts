/**
 * A page's language tables, loaded when the page turns out to be in their language: extension pages bundle each
 * table as a chunk of its own, so outlining an English page downloads no other language's words.
 */
import type { LanguageTable } from './families';
import { missingLanguageTables, registerLanguageTables } from './index';

/** Every table but English's, which is always there; keys as in function-words.ts. */
const TABLE_LOADERS: Readonly<Record<string, () => Promise<LanguageTable>>> = {
  de: () => import('./de').then((module) => module.de),
  es: () => import('./es').then((module) => module.es),
  fr: () => import('./fr').then((module) => module.fr),
  it: () => import('./it').then((module) => module.it),
  pt: () => import('./pt').then((module) => module.pt),
  nl: () => import('./nl').then((module) => module.nl),
  id: () => import('./id').then((module) => module.id),
};

/** Registers the tables of these languages that are not registered yet. */
export async function loadLanguageTables(languages: readonly string[]): Promise<void> {
  const missing = missingLanguageTables(languages);
  registerLanguageTables(await Promise.all(missing.map((lang) => TABLE_LOADERS[lang]!())));
}
