/** The per-language vocabulary: its tables, how a page's languages are chosen, and its patterns. */
import { describe, expect, it } from 'vitest';
// Every language table, as the CLI has them (lib/index.ts registers them; this file reads the vocabulary directly).
import '../../lib/vocabulary/tables';
import { detectLanguage, ENGLISH, FAMILIES, labelText, LANGUAGES, vocabularyFor, type FamilyName } from '../../lib/vocabulary/index';
import { de } from '../../lib/vocabulary/de';
import { en } from '../../lib/vocabulary/en';
import { es } from '../../lib/vocabulary/es';
import { fr } from '../../lib/vocabulary/fr';
import { id } from '../../lib/vocabulary/id';
import { it as italian } from '../../lib/vocabulary/it';
import { nl } from '../../lib/vocabulary/nl';
import { pt } from '../../lib/vocabulary/pt';

const TABLES = [en, de, es, fr, italian, pt, nl, id];
const FAMILY_NAMES = Object.keys(FAMILIES) as FamilyName[];

/** Running text in each language, in our own words, long enough to be recognised. */
const SAMPLES: Record<string, string> = {
  en: 'Most people who have a cold get better within a week, and there is not much that a doctor can add to rest and fluids. The advice is different for babies, for older people and for those with a long-term illness, who should ask for help when the fever does not come down.',
  de: 'Die meisten Menschen mit einer Erkältung sind nach einer Woche wieder gesund, und der Arzt kann zu Ruhe und viel Trinken nicht viel hinzufügen. Für Säuglinge und ältere Menschen gilt das aber nicht, denn bei ihnen wird das Fieber oft höher und sie sollten sich früher melden.',
  es: 'La mayoría de las personas con un resfriado se recuperan en una semana, y el médico puede añadir muy poco al descanso y a los líquidos. Para los bebés y los mayores, sin embargo, la fiebre puede ser más peligrosa y también conviene consultar cuando no baja con el tiempo.',
  fr: 'La plupart des personnes enrhumées vont mieux en une semaine, et le médecin ne peut pas ajouter grand-chose au repos et aux boissons. Pour les nourrissons et les personnes âgées, la fièvre est plus inquiétante et il vaut mieux demander conseil quand elle ne baisse pas avec le temps.',
  it: 'La maggior parte delle persone con il raffreddore guarisce in una settimana, e il medico non può aggiungere molto al riposo e ai liquidi. Per i neonati e gli anziani la febbre è più pericolosa, ed è anche bene chiedere aiuto quando non scende dopo qualche giorno di cure.',
  pt: 'A maioria das pessoas com um resfriado melhora em uma semana, e o médico não pode acrescentar muito ao repouso e aos líquidos. Para os bebês e os mais velhos, porém, a febre é mais perigosa e também é bom procurar ajuda quando ela não baixa com o passar dos dias.',
  nl: 'De meeste mensen met een verkoudheid zijn binnen een week weer beter, en de huisarts kan aan rust en veel drinken niet veel toevoegen. Voor baby’s en ouderen is koorts wel een reden om eerder te bellen, zeker als die na een paar dagen nog niet is gezakt door de behandeling.',
  id: 'Sebagian besar orang yang terkena pilek akan sembuh dalam satu minggu, dan dokter tidak bisa menambahkan banyak selain istirahat dan minum yang cukup. Untuk bayi dan orang tua, demam lebih berbahaya karena itu sebaiknya segera meminta bantuan jika demam tidak turun dalam dua hari.',
};

describe('vocabulary tables', () => {
  it('has a table for each promised language, and every phrase of every table compiles', () => {
    expect(LANGUAGES).toEqual(['en', 'de', 'es', 'fr', 'it', 'pt', 'nl', 'id']);
    for (const table of TABLES) {
      const vocabulary = vocabularyFor([table.lang]);
      for (const family of FAMILY_NAMES) {
        for (const phrase of table.phrases[family] ?? []) expect(() => new RegExp(`^(?:${phrase})$`, 'iu'), `${table.lang} ${family}: ${phrase}`).not.toThrow();
        expect(vocabulary.whole(family)).toBeInstanceOf(RegExp);
      }
      expect(table.months).toHaveLength(12);
      expect(table.weekdays.length).toBeGreaterThanOrEqual(7);
    }
  });

  it('English, the fallback, fills every family; every other language fills the families pages label in their own words', () => {
    expect(FAMILY_NAMES.filter((family) => !en.phrases[family]?.length)).toEqual([]);
    const own: FamilyName[] = ['adLabels', 'shareLabels', 'newsletterPrompts', 'shopping', 'relatedLabels', 'popularLabels', 'commentLabels', 'publishedLabels', 'updatedLabels', 'reviewedByLabels', 'sourcesLabels', 'keyPointsLabels', 'callsToAction'];
    for (const table of TABLES) expect(own.filter((family) => !table.phrases[family]?.length), table.lang).toEqual([]);
  });

  it('every family has a reason and a way of matching', () => {
    for (const [name, family] of Object.entries(FAMILIES)) {
      expect(family.reason.length, name).toBeGreaterThan(30);
      expect(['whole', 'lead', 'segment', 'within']).toContain(family.match);
    }
  });
});

describe('choosing the languages', () => {
  it('recognises running text in each language by its function words', () => {
    for (const [lang, sample] of Object.entries(SAMPLES)) expect(detectLanguage(sample), lang).toBe(lang);
  });

  it('reads words as runs of letters, in any case and any script', () => {
    expect(detectLanguage('THE1and2OF3to4That5with6for7are8was')).toBe('en');
    // A letter of another script, here outside the Basic Multilingual Plane, makes each a word of its own.
    expect(detectLanguage('the𝐀 and𝐀 of𝐀 to𝐀 that𝐀 with𝐀 for𝐀 are𝐀 was𝐀')).toBeNull();
    expect(detectLanguage('die𝐀 der und das ist nicht mit den sich auf')).toBe('de');
  });

  it('says nothing about a text too short to tell', () => {
    expect(detectLanguage('Ebola in Scotland')).toBeNull();
    expect(detectLanguage('')).toBeNull();
  });

  it('always adds English, ignores languages without a table, and keeps region subtags out', () => {
    expect(vocabularyFor(['de-AT']).languages).toEqual(['de', 'en']);
    expect(vocabularyFor(['id_ID', 'en-US']).languages).toEqual(['id', 'en']);
    expect(vocabularyFor(['ja']).languages).toEqual(['en']);
    expect(ENGLISH.languages).toEqual(['en']);
    expect(vocabularyFor(['fr'])).toBe(vocabularyFor(['fr-CA']));
  });
});

describe('matching', () => {
  it('matches a label as the whole text, ignoring trailing colons and arrows, in the chosen languages only', () => {
    const german = vocabularyFor(['de']);
    expect(german.whole('adLabels').test(labelText(' ANZEIGE '))).toBe(true);
    expect(german.whole('relatedLabels').test(labelText('Lesen Sie auch:'))).toBe(true);
    expect(german.whole('relatedLabels').test(labelText('Mehr zum Thema Impfen ›'))).toBe(true);
    expect(german.whole('adLabels').test('Die Anzeige im Blutbild')).toBe(false);
    expect(ENGLISH.whole('adLabels').test('Anzeige')).toBe(false);
    expect(vocabularyFor(['es']).whole('popularLabels').test('Lo más leído')).toBe(true);
  });

  it('matches a leading label only before a space, punctuation or the end', () => {
    const indonesian = vocabularyFor(['id']);
    expect(indonesian.lead('relatedLabels').test('Baca juga: Tujuh cara tidur lebih nyenyak')).toBe(true);
    expect(indonesian.lead('relatedLabels').test('Terkaitnya dua penyakit')).toBe(false);
    expect(vocabularyFor(['es']).lead('newsletterPrompts').test('Suscríbete a nuestro boletín de salud y recibe cada semana')).toBe(true);
    expect(ENGLISH.lead('shopping').test('$49.99 at Pharmacy Direct')).toBe(true);
    expect(ENGLISH.lead('shopping').test('Buying a blood pressure monitor')).toBe(false);
  });

  it('knows the labels issue 11 names, in their languages', () => {
    const whole = (lang: string, text: string, ...families: FamilyName[]) => vocabularyFor([lang]).whole(...families).test(labelText(text));
    const lead = (lang: string, text: string, ...families: FamilyName[]) => vocabularyFor([lang]).lead(...families).test(text);
    expect([whole('es', 'Publicidad', 'adLabels'), whole('de', 'Anzeige', 'adLabels'), whole('id', 'Iklan', 'adLabels')]).toEqual([true, true, true]);
    expect(lead('es', 'Suscríbete a nuestro boletín y recibe cada semana', 'newsletterPrompts')).toBe(true);
    expect(lead('en', 'Want more stories like this in your inbox? We send one a week.', 'newsletterPrompts')).toBe(true);
    expect([lead('es', 'Revisado médicamente por Ana Ruiz', 'reviewedByLabels'), lead('de', 'Medizinisch geprüft von Dr. Katrin Vogt', 'reviewedByLabels'), lead('fr', 'Relu par Claire Martin', 'reviewedByLabels')]).toEqual([true, true, true]);
    for (const [lang, label] of [['en', 'Related'], ['en', 'Read next'], ['en', 'More on this topic'], ['en', 'You may also like'], ['en', 'Recommended'], ['en', 'See also'], ['en', 'More from Heart Health'], ['de', 'Lesen Sie auch'], ['id', 'Baca juga'], ['es', 'Leer más'], ['fr', 'À lire aussi']]) {
      expect(whole(lang!, label!, 'relatedLabels'), `${lang} ${label}`).toBe(true);
    }
    for (const [lang, label] of [['en', 'Most read in Health'], ['en', 'Trending'], ['en', 'Around the web'], ['en', 'Promoted'], ['de', 'Meistgelesen'], ['es', 'Lo más leído'], ['id', 'Terpopuler']]) {
      expect(whole(lang!, label!, 'popularLabels', 'sponsoredLabels'), `${lang} ${label}`).toBe(true);
      expect(whole(lang!, label!, 'relatedLabels'), `${lang} ${label}`).toBe(false);
    }
    expect([whole('en', 'SHOP NOW', 'shopping'), whole('en', '$49.99 at Pharmacy Direct', 'shopping'), whole('en', "Editor's pick", 'shopping'), whole('en', 'From our shop', 'shopping')]).toEqual([true, true, true, true]);
  });

  it('knows month names and abbreviations of the chosen languages', () => {
    const french = vocabularyFor(['fr']);
    expect(['janvier', 'févr.', 'août', 'Décembre', 'May'].map((month) => french.monthNumber(month))).toEqual([1, 2, 8, 12, 5]);
    expect(ENGLISH.monthNumber('août')).toBe(0);
    expect(new RegExp(`^${vocabularyFor(['id']).weekdaySource}$`, 'iu').test('Kamis')).toBe(true);
  });
});
