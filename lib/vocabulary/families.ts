/**
 * The phrase families every language table fills, each with the reason it exists and how readers match it.
 * The words themselves live in one small table per language (en.ts, de.ts, …); this file says what each
 * family is for, once, so a table is only words.
 *
 * Phrases are case-insensitive regular-expression fragments over whitespace-collapsed text (`.{1,40}` stands
 * for a name or section, `['’]` for either apostrophe). How a reader matches a family:
 * - `whole`: the phrase is the whole text of a label or heading (trailing `: . ! ? …` and arrows ignored);
 * - `lead`: the phrase opens a block and is followed by the end, a space or punctuation ("Baca juga: …");
 * - `segment`: the phrase is one segment of a link's path ("/tag/…", "/penulis/…").
 * - `within`: the phrase stands anywhere in a sentence, as whole words ("call 999", "acuda a urgencias").
 */

export const FAMILIES = {
  adLabels: { match: 'whole', reason: 'An ad slot\'s label ("ADVERTISEMENT", "Anzeige", "Publicidad") stays behind as a word of the article once the slot is empty.' },
  continueReading: { match: 'whole', reason: 'Ad slots between paragraphs say the article goes on ("Continue reading below", "Weiterlesen nach der Anzeige").' },
  sponsoredLabels: {
    match: 'whole',
    reason: 'Paid widgets ("Sponsored", "Around the web", "Promoted") look like related reading but are ads: removed, never listed as related.',
  },
  shareLabels: { match: 'whole', reason: 'Share bars write their buttons as words ("Share", "Teilen", "Bagikan") that read as text once flattened.' },
  newsletterHeadings: { match: 'whole', reason: 'The heading of a sign-up box ("Newsletter", "Sign up for our emails") is not a section of the article.' },
  newsletterPrompts: {
    match: 'lead',
    reason: 'Sign-up boxes without a telling class are known by how they open ("Want more … in your inbox?", "Suscríbete a nuestro boletín").',
  },
  shopping: {
    match: 'lead',
    reason: 'Affiliate and shop boxes ("SHOP NOW", "$49.99 at Retailer", "Editor\'s pick", "From our shop") sell things; they are not the article.',
  },
  relatedLabels: {
    match: 'whole',
    reason:
      'Labels that present other articles as related or further reading ("Related", "Read next", "Lesen Sie auch", "Baca juga"): as a heading they introduce a related list, leading a block they make it an inline related box.',
  },
  popularLabels: {
    match: 'whole',
    reason: 'Site-wide charts ("Most read", "Trending", "Meistgelesen", "Terpopuler") list other stories, but not as related reading: removed, never listed.',
  },
  commentLabels: { match: 'whole', reason: 'Reader comments ("Comments", "Kommentare", "Leave a reply") are not the article.' },
  followPrompts: { match: 'lead', reason: '"Follow <author> on Twitter", "Síguenos en …": social prompts that close articles.' },
  tagLabels: { match: 'lead', reason: '"Tags: a, b, c" lines link to the site\'s topic pages, not to reading.' },
  contentsLabels: { match: 'whole', reason: 'A table of contents ("In this article", "Inhaltsverzeichnis") repeats the outline; its heading is not a section.' },
  bylineWords: { match: 'lead', reason: 'The word a byline opens with ("By", "Von", "Por", "Oleh"), so "By Jane Doe" lines are known in every language.' },
  jobTitles: { match: 'whole', reason: 'A byline names the author, then maybe a job title ("Tia Ghose, Staff Writer", "Redakteurin"): the title is not part of the name.' },
  reportingCredits: { match: 'lead', reason: 'News agencies credit their reporters at the end ("(Reporting by … in London; Editing by …)"): when no byline opens the story, they are its authors.' },
  publishedLabels: { match: 'lead', reason: 'The label of a publication date ("Published", "Veröffentlicht am", "Publicado el").' },
  updatedLabels: { match: 'lead', reason: 'The label of an update date ("Updated", "Aktualisiert am", "Mis à jour le").' },
  reviewedByLabels: { match: 'lead', reason: 'The label before a medical reviewer\'s name ("Medically reviewed by", "Medizinisch geprüft von", "Relu par").' },
  lastReviewedLabels: { match: 'lead', reason: 'The label of the last review date ("Page last reviewed", "Zuletzt geprüft am").' },
  nextReviewLabels: { match: 'lead', reason: 'The label of the next review date ("Next review due", "Nächste Überprüfung").' },
  sourcesLabels: { match: 'whole', reason: 'The heading of the article\'s references ("References", "Quellen", "Referencias", "Daftar pustaka"): its list moves to the report\'s sources.' },
  keyPointsLabels: { match: 'whole', reason: 'The heading of the page\'s own takeaways box ("Key takeaways", "Das Wichtigste in Kürze", "Puntos clave").' },
  summaryLabels: { match: 'whole', reason: 'A summary paragraph\'s label ("Bottom line", "Fazit", "Kesimpulan"): its sentences make good key points.' },
  creditLabels: { match: 'lead', reason: 'Photo credits ("Photo: AP", "Foto: dpa", "Imagen: …") label pictures the text does not show.' },
  mediaControls: { match: 'whole', reason: 'Galleries and players write their controls as text ("Image 1 of 9", "Bild 1 von 9", "Close").' },
  videoLabels: { match: 'lead', reason: 'A video embed\'s placeholder or prompt ("Watch:", "Simak Video", "Video ansehen") is not prose once the player is gone.' },
  legalNotices: { match: 'lead', reason: 'Copyright and reuse notices ("All rights reserved", "Alle Rechte vorbehalten") close articles but are not part of them.' },
  affiliateDisclosures: { match: 'lead', reason: 'Affiliate and editorial-process notes ("We may earn a commission", "Wir erhalten eine Provision") open shopping-heavy articles.' },
  backMatterLabels: {
    match: 'whole',
    reason: 'A journal page\'s back matter ("Author information", "Rights and permissions", "About this article", "Access options") surrounds the paper but is not its text or outline.',
  },
  pageTools: { match: 'whole', reason: 'Page tools written as words ("Download citation", "Add to favorites", "Print", "Metrics") read as text once flattened.' },
  listingPaths: {
    match: 'segment',
    reason: 'A link into the site\'s author, tag, topic or search pages ("/author/…", "/thema/…", "/penulis/…") lists articles; it is none, so never a related item.',
  },
  callsToAction: { match: 'whole', reason: 'A card\'s "Read more" link names no article; the card\'s headline does.' },
  careHeadings: {
    match: 'whole',
    reason:
      'A section or card that says when to get care ("When to see a doctor", "Urgent advice: …", "¿Cuándo acudir al médico?", "Wann zum Arzt?", "Quand consulter ?"): all of it is care advice, shown first.',
  },
  careEmergency: {
    match: 'within',
    reason: 'Words for emergency care ("call 999", "go to A&E", "acuda a urgencias", "Notruf 112", "appelez le 15"): advice that uses them is an emergency.',
  },
  careUrgent: {
    match: 'within',
    reason: 'Words for care needed soon but not an emergency ("urgent", "same day", "NHS 111", "de inmediato", "sofort", "sans attendre").',
  },
  careRoutine: {
    match: 'within',
    reason: 'Seeing or asking a health professional ("see a GP", "talk to your doctor", "consulte a su médico", "zum Arzt", "consultez un médecin").',
  },
  careConditions: {
    match: 'within',
    reason: 'The words that make a sentence say when ("if", "when", "si", "wenn", "lorsque"): "See a GP if …" is advice, "GPs see many patients" is not.',
  },
  careNegations: {
    match: 'within',
    reason: 'Advice that care is not needed ("you do not usually need to see a GP", "no hace falta", "nicht nötig", "pas besoin de") is not when to get care.',
  },
} as const;

export type FamilyName = keyof typeof FAMILIES;
export type MatchMode = 'whole' | 'lead' | 'segment' | 'within';

/** One language's words. Every family is optional: a missing family falls back to English, always included. */
export interface LanguageTable {
  /** BCP 47 primary subtag. */
  lang: string;
  /** January … December, each with its written forms (full name, abbreviations), lower case. */
  months: readonly (readonly string[])[];
  /** Monday … Sunday, lower case (datelines: "Kamis, 02 Nov 2023"). */
  weekdays: readonly string[];
  /** Words standing between day, month and year ("3 de marzo de 2024"). */
  dateJoiners?: readonly string[];
  phrases: Partial<Record<FamilyName, readonly string[]>>;
}
