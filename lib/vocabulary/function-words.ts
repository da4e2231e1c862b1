/**
 * Short, frequent words of running text in each language and few others ("the", "und", "yang"): they tell which
 * language a page is written in when its `lang` is missing or wrong, and which words of a text carry no topic.
 *
 * The small core every page needs before its languages are known, so it is apart from the tables (en.ts, de.ts,
 * …), which an extension page loads only for the languages a page turns out to be in. Its keys, in this order,
 * are the languages the vocabulary has a table for.
 */
export const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'and', 'of', 'to', 'that', 'with', 'for', 'are', 'was', 'this', 'have', 'from', 'they', 'which', 'you', 'not', 'but', 'has', 'were', 'been', 'their', 'would', 'there', 'what', 'when', 'can', 'will', 'more', 'about', 'it'],
  de: ['der', 'die', 'und', 'ist', 'nicht', 'das', 'sich', 'mit', 'auch', 'auf', 'für', 'eine', 'einer', 'dem', 'den', 'wird', 'werden', 'wurde', 'sind', 'noch', 'nach', 'bei', 'oder', 'aber', 'wie', 'über', 'kann', 'sie', 'ich', 'zum', 'zur', 'durch', 'haben', 'hat'],
  es: ['el', 'los', 'las', 'que', 'del', 'por', 'con', 'una', 'para', 'como', 'pero', 'más', 'sus', 'está', 'también', 'fue', 'este', 'esta', 'son', 'entre', 'cuando', 'muy', 'sin', 'sobre', 'hay', 'puede', 'según', 'ya', 'desde', 'todo', 'y'],
  fr: ['le', 'les', 'des', 'est', 'une', 'et', 'dans', 'pour', 'pas', 'sur', 'qui', 'avec', 'sont', 'mais', 'ont', 'aux', 'cette', 'été', 'être', 'plus', 'leur', 'nous', 'vous', 'fait', 'peut', 'ces', 'comme', 'aussi', 'très', 'du'],
  it: ['il', 'gli', 'che', 'della', 'delle', 'degli', 'nel', 'nella', 'sono', 'per', 'con', 'una', 'non', 'anche', 'più', 'come', 'questo', 'questa', 'alla', 'dei', 'essere', 'stato', 'ha', 'hanno', 'ma', 'tra', 'dopo', 'molto', 'sulla', 'può'],
  pt: ['os', 'não', 'uma', 'com', 'para', 'mais', 'como', 'foi', 'pelo', 'pela', 'são', 'também', 'ao', 'aos', 'das', 'dos', 'está', 'muito', 'isso', 'mas', 'seu', 'sua', 'já', 'pode', 'sobre', 'quando', 'ele', 'ela', 'em', 'no', 'na'],
  nl: ['het', 'een', 'van', 'en', 'is', 'dat', 'niet', 'zijn', 'met', 'voor', 'ook', 'aan', 'bij', 'wordt', 'worden', 'werd', 'naar', 'maar', 'nog', 'deze', 'dit', 'hebben', 'heeft', 'kan', 'zoals', 'door', 'wat', 'als', 'uit', 'zich'],
  id: ['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'dari', 'dalam', 'tidak', 'akan', 'pada', 'juga', 'ke', 'karena', 'ada', 'adalah', 'atau', 'sudah', 'bisa', 'saya', 'mereka', 'kami', 'oleh', 'telah', 'lebih', 'seperti', 'hanya', 'bahwa', 'sangat'],
};
