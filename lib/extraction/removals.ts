import { wordPattern, type Vocabulary } from '../vocabulary/index';

/**
 * What we remove before Readability runs, as data. Each group says why it exists and which test page needs
 * it (tests/unit/removals.test.ts checks every listed fixture really depends on its group). Groups take their
 * words from the page's vocabulary (lib/vocabulary: one table per language), so a label is known in the page's
 * language as well as in English; class/id patterns, share targets and agency names are not words of a language.
 *
 * Patterns over class/id use token boundaries (start, end, space, `-`, `_`) so "ad" matches `ad-slot` and
 * `div-gpt-ad-1` but never `header`, `shadow` or `download`.
 */

export type RemovalGroupName =
  | 'navigation'
  | 'ads'
  | 'share'
  | 'newsletter'
  | 'consent'
  | 'promos'
  | 'shopping'
  | 'related'
  | 'charts'
  | 'back-matter'
  | 'teasers'
  | 'other-stories'
  | 'comments'
  | 'author-bio'
  | 'bylines'
  | 'credits'
  | 'media-controls'
  | 'video'
  | 'legal'
  | 'disclaimers';

export interface RemovalGroup {
  name: RemovalGroupName;
  reason: string;
  /** Fixture under tests/fixtures/ whose expected output needs this group. */
  fixture: string;
  /** Tested against ` class id ` of every element. */
  classOrId?: RegExp;
  /** Attributes that mark an element as this group's whatever its class (ad slots' `data-ad-unit`). */
  attributes?: readonly string[];
  /** Elements of these tags (or ARIA roles) belong to the group, subject to the same guards as class/id. */
  tags?: readonly string[];
  roles?: readonly string[];
  /** Tested against the whole visible text of small elements: a block that is only a label. */
  wholeText?: (words: Vocabulary) => RegExp;
  /** Tested against the text of a block whose whole text is one link (a promo line between paragraphs). */
  wholeLinkText?: RegExp;
  /** Tested against the start of a short block's text: a block introduced by a label. */
  leadingText?: (words: Vocabulary) => RegExp;
  /** A match holding more text than this is real content with an unlucky class name, and stays. */
  maxTextLength: number;
  /**
   * A label match takes the small box around it, up to this many characters of text and no prose: a product
   * card goes whole with its "SHOP NOW", not just the button.
   */
  box?: number;
  /**
   * Class/id matches must have at least this share of their text in links: a list of other articles is
   * links, a paragraph `class="related-research"` is prose.
   */
  linkHeavy?: number;
}

/** A name in a byline: capitalized words ("Jane Doe", "María José de la Fuente" keeps its capitals). */
const PERSON = String.raw`\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,3}`;
/** A photo credited to an agency alone: "(Getty Images)", "AP Photo/Jane Doe". */
const AGENCY_CREDIT = String.raw`\(?(getty images?|ap photo|reuters|afp|dpa|epa|shutterstock|istock|imago|picture alliance)[^.]{0,40}\)?`;

/** "[Video]", "[Embed: …]": the code of an embed the saved page never rendered, names its kind. */
const EMBED_PLACEHOLDER = String.raw`\[[^\][]{0,25}\b(?:v[ií]deo|embed|audio|player|tweet|instagram|youtube|iframe|widget|podcast)\b[^\][]{0,30}\]`;

const token = (words: string) => new RegExp(`(^|[\\s_-])(${words})(?=$|[\\s_-])`, 'i');

/** Shared with the related-list collector, which reads these containers before they are removed. */
export const RELATED_CLASS_OR_ID = token('related|you-?may-?like|more-?from|recommended|read-?next');

export const REMOVAL_GROUPS: readonly RemovalGroup[] = [
  {
    name: 'navigation',
    reason:
      'Site menus, breadcrumbs and the page header and footer ("Sign In Home Subscribe Contact…") are link lists Readability keeps when they sit next to the article.',
    fixture: 'news-chrome.html',
    tags: ['nav', 'header', 'footer'],
    roles: ['navigation', 'menubar', 'menu', 'banner', 'contentinfo', 'search'],
    classOrId: token('breadcrumbs?|site-?nav|main-?nav|nav-?menu|top-?nav|masthead|site-?header|site-?footer|global-?nav|skip-?link'),
    maxTextLength: 8000,
    // "Tags: a, b, c" and "Filed under: …" lines: links to the site's topic pages.
    leadingText: (words) => wordPattern(`^${words.source('tagLabels')}\\s*:`, 'iu'),
    // An article's own <header> (title, byline, standfirst) is prose; a page header is a menu.
    linkHeavy: 0.5,
  },
  {
    name: 'ads',
    reason:
      'Ad slots and their labels ("ADVERTISEMENT", "Continue reading below") sit between paragraphs; Readability keeps the label text inside the article.',
    fixture: 'seed-model.html',
    classOrId: token(
      'ads?|adv|advert|adverts|advertisement|advertising|adslot|ad-?slot|ad-?unit|ad-?container|ad-?wrapper|ad-?label|ad-?placeholder|dfp|gpt-ad|google-?ads?|adsbygoogle|doubleclick|sponsored-?content|native-?ad|taboola|outbrain|adthrive|mediavine',
    ),
    attributes: ['data-ad-unit', 'data-ad-slot', 'data-ad', 'data-google-query-id'],
    wholeText: (words) => words.whole('adLabels', 'continueReading', 'sponsoredLabels'),
    maxTextLength: 300,
  },
  {
    name: 'share',
    reason:
      'Share bars ("Facebook X Reddit", "Share", "Print", "Email") read as words of the article once Readability flattens them.',
    fixture: 'seed-model.html',
    classOrId: token('share|shares|sharing|share-?bar|share-?buttons|share-?tools|social-?share|social-?icons|social-?links|social-?buttons|social-?bar|social-?media|addthis|sharethis|a2a'),
    wholeText: (words) => words.whole('shareLabels', 'pageTools'),
    // "Follow Jane Doe on Twitter", "Síguenos en Instagram": the social prompt closing an article.
    leadingText: (words) => words.lead('followPrompts'),
    maxTextLength: 250,
  },
  {
    name: 'newsletter',
    reason: 'Newsletter sign-up boxes inside or beside articles ("Get our weekly health tips") are not the article.',
    fixture: 'boilerplate-gauntlet.html',
    classOrId: token('newsletters?|subscribe|subscription|signup|sign-up|optin|opt-in|email-?capture|email-?signup|mailing-?list|cta-?(stories|newsletter|email|subscribe)'),
    // Boxes with no telling class, known by their heading or how they open: "Want more stories like this? Every day we send…".
    wholeText: (words) => words.whole('newsletterHeadings'),
    leadingText: (words) => words.lead('newsletterPrompts'),
    maxTextLength: 800,
  },
  {
    name: 'consent',
    reason:
      'Cookie and consent banners are saved with the page and sometimes outweigh short articles. (No bare "cmp": AEM sites use cmp- on every component.)',
    fixture: 'boilerplate-gauntlet.html',
    classOrId: token('cookies?|cookie-?banner|cookie-?notice|consent|gdpr|ccpa|onetrust|cookiebot|truste|cc-?window|cc-?banner|qc-cmp2?'),
    maxTextLength: 3000,
  },
  {
    name: 'promos',
    reason:
      'Inline promos the related collector does not take (they link off the site, or name no article: a box named as a promo or recirculation, a paragraph that is one link shouted in capitals, "GET THE APP…") interrupt the article; Readability keeps them between paragraphs.',
    fixture: 'page-kinds-en.html',
    classOrId: token('inline-?related|related-?inline|related-?coverage|read-?next|read-?more-?links?|recirc|recirculation|more-?stories|promo|promos|in-?article-?promo|also-?read'),
    linkHeavy: 0.3,
    // A paragraph that is one link shouted in capitals ("GET FOX BUSINESS ON THE GO BY CLICKING HERE").
    // (At least 12 capitals and no small letter; written so that it never backtracks.)
    wholeLinkText: /^(?:[^\p{Ll}\p{Lu}]*\p{Lu}){12}[^\p{Ll}]*$/u,
    // A label, then the promoted link: "Related: …", "Baca juga: …". Matches must be mostly links (linkHeavy), so
    // "Related research shows…" in prose stays.
    leadingText: (words) => words.lead('relatedLabels'),
    maxTextLength: 600,
  },
  {
    name: 'shopping',
    reason:
      'Affiliate and shop boxes ("Editor\'s pick", "$49.99 at Retailer", "SHOP NOW", "From our shop") sell products inside health articles; known by a label that is a whole line, they go with the small card around it.',
    fixture: 'page-kinds-en.html',
    classOrId: token('product-?(card|box|widget|module)|affiliate-?(box|widget|link|module|card)|shop-?(box|widget|module|the-?story)|buy-?box|commerce-?(module|widget|card)|shopping-?(module|widget)'),
    wholeText: (words) => words.whole('shopping'),
    box: 400,
    maxTextLength: 1200,
  },
  {
    name: 'related',
    reason:
      'The page\'s related-article list is collected into the report first (see related.ts), then removed so its headlines do not leak into the text.',
    fixture: 'seed-model.html',
    classOrId: RELATED_CLASS_OR_ID,
    maxTextLength: 8000,
    linkHeavy: 0.3,
  },
  {
    name: 'charts',
    reason:
      'Site-wide charts ("Most read", "Trending", "Terpopuler") and paid widgets ("Around the web") list other stories but are not related reading. Found by their label in the page\'s language (see related.ts), removed, never listed.',
    fixture: 'page-kinds-en.html',
    maxTextLength: 8000,
  },
  {
    name: 'back-matter',
    reason:
      'On a journal page the reference list (read into the report\'s sources first) and the publisher\'s back matter ("Author information", "Rights and permissions", "Access options") outweigh a short abstract, and Readability would take them for the article. Found in scholarly.ts by their headings, on pages whose citation_* or PRISM meta tags say they are scholarly.',
    fixture: 'page-kinds-abstract-en.html',
    maxTextLength: 200000,
  },
  {
    name: 'teasers',
    reason:
      'Grids of other stories ("More News": cards whose headline is a link) sit inside article containers; their headlines are headings, so Readability keeps them. Found by shape in clean.ts: two or more linked headings and little else.',
    fixture: 'news-chrome.html',
    maxTextLength: 5000,
  },
  {
    name: 'other-stories',
    reason:
      'Pages that keep loading stories append them as sibling <article> elements with the same class, which Readability joins to the story. Found by shape in clean.ts: the <article> holding the page\'s h1 is the story; a separate, shorter <article> is another one.',
    fixture: 'news-chrome.html',
    maxTextLength: 20000,
  },
  {
    name: 'comments',
    reason: 'Reader comments are not the article and can be longer than it.',
    fixture: 'boilerplate-gauntlet.html',
    // "comments" anywhere, but singular "comment" only opening a class name (`comment-body`, WordPress's
    // `comment`), so `<aside class="expert-comment">` quoting a doctor stays.
    classOrId: /(^|[\s_-])(comments|comment-?(list|section|form|area|respond|thread)|commentlist|disqus|respond|reply-?form)(?=$|[\s_-])|(^|\s)comment(?=$|[\s_-])/i,
    maxTextLength: 20000,
  },
  {
    name: 'author-bio',
    reason: 'Author boxes at the end repeat a biography; the byline already names the author.',
    fixture: 'boilerplate-gauntlet.html',
    classOrId: token('author-?bio|about-?the-?author|author-?box|author-?info|author-?card|bio-?box'),
    maxTextLength: 1000,
  },
  {
    name: 'bylines',
    reason:
      'Bylines, datelines and "Updated …" stamps are report fields (byline, dates), read before cleaning; left in, they open the text with "By Jane Doe Published 4:00 am".',
    fixture: 'news-chrome.html',
    classOrId: token(
      'byline|bylines|by-?line|byline-?\\w+|submitted|submitted-?by|dateline|datelines|timestamp|timestamps|article-?(meta|date|info|byline|timestamp|author|dateline)|post-?(meta|date|info|byline|author)|entry-?(meta|date|byline|author)|meta-?(data|info|date)|publish(ed)?-?(date|time|on|info)|publish-?info|pub-?date|date-?(published|updated|posted)|updated-?(date|time|on)|story-?(meta|date|byline)|author-?(name|line|byline|date|meta|wrapper)',
    ),
    wholeText: (words) =>
      wordPattern(
        `^(?=.*\\d)(?:${words.source('publishedLabels')}|${words.source('updatedLabels')})(?:\\s*:|\\s)\\s*.{1,100}$|^${words.source('bylineWords')}\\s+${PERSON}((,|,? and|,? &)\\s+${PERSON})*(\\s*[-–—|•·,]?\\s*(${words.source('updatedLabels')}|${words.source('publishedLabels')}|on)?:?\\s*[\\d(].{0,60})?$`,
        'iu',
      ),
    maxTextLength: 300,
  },
  {
    name: 'credits',
    reason: 'Photo credits ("Photo: AP", "Credit: Getty Images") label pictures and read as stray words once the pictures are text.',
    fixture: 'news-chrome.html',
    classOrId: token('credit|credits|photo-?credit|image-?credit|media-?credit|img-?credit|caption-?credit|copyright-?holder|attribution'),
    // The label must end at a colon or a space: "Sources" (a references heading) is not "Source: …".
    wholeText: (words) => wordPattern(`^${words.source('creditLabels')}(\\s*:\\s*|\\s+)\\S.{0,60}$|^${AGENCY_CREDIT}$`, 'iu'),
    maxTextLength: 200,
  },
  {
    name: 'media-controls',
    reason: 'Galleries and players write their controls as text ("Image 1 of 9", "Caption", "Close", "Expand"), which Readability keeps.',
    fixture: 'news-chrome.html',
    classOrId: token('gallery-?controls?|control-?(bar|panel)|slideshow-?(nav|controls|counter)|carousel-?(nav|controls)|lightbox-?controls'),
    wholeText: (words) => words.whole('mediaControls'),
    maxTextLength: 400,
  },
  {
    name: 'video',
    reason:
      'A video embed leaves its placeholder or prompt behind once the player is gone ("Watch: …", "Simak Video …", "[Video]", "Media playback is unsupported on your device"); as text it reads as a stray line of the article.',
    fixture: 'page-kinds-en.html',
    classOrId: token('video-?(embed|player|placeholder|wrapper|container)|embed|embed-?video|player-?placeholder|player-with-placeholder|jwplayer|brightcove|video-?js'),
    // A bracketed placeholder naming an embed the page never rendered: "[Video]", "[Gambas:Video 20detik]".
    wholeText: (words) => wordPattern(`^(?:${EMBED_PLACEHOLDER}|${words.source('videoLabels')})$`, 'iu'),
    leadingText: (words) => words.lead('videoLabels'),
    box: 300,
    maxTextLength: 300,
  },
  {
    name: 'legal',
    reason: 'Copyright and reuse notices ("© 2025 …", "This document is subject to copyright") close many articles but are not part of them.',
    fixture: 'news-chrome.html',
    classOrId: token('copyright|copyrights|legal-?notice'),
    leadingText: (words) => words.lead('legalNotices'),
    maxTextLength: 600,
  },
  {
    name: 'disclaimers',
    reason: 'Affiliate and editorial-process notes ("We include products we think are useful…") open many health articles.',
    fixture: 'boilerplate-gauntlet.html',
    classOrId: token('affiliate-?(disclosure|disclaimer|notice)|disclosure'),
    leadingText: (words) => words.lead('affiliateDisclosures'),
    maxTextLength: 600,
  },
];

/** Links and buttons of share bars, by where they point… */
export const SHARE_HREF =
  /facebook\.com\/(sharer|share|dialog\/share)|twitter\.com\/(intent|share)|\/\/x\.com\/intent|reddit\.com\/submit|pinterest\.[a-z.]+\/pin\/create|linkedin\.com\/(share|sharearticle)|\/\/wa\.me\/|whatsapp:\/\/send|api\.whatsapp\.com\/send|t\.me\/share|telegram\.me\/share|tumblr\.com\/(share|widgets\/share)|flipboard\.com\/bookmarklet|getpocket\.com\/(save|edit)|^mailto:\?|^sms:/i;
/** Labels that name a network (or say "share"): a cluster needs one before generic words count. */
export const SHARE_NETWORK =
  /^(share( (on|via|to|with))? )?(facebook|twitter|x|reddit|pinterest|pin( it)?|linkedin|whatsapp|tweet|flipboard|pocket|messenger|telegram|tumblr|share)$|^share (on|via|to|with) /i;
/** …or by what they say (text, aria-label or title). */
export const SHARE_LABEL =
  /^(share( (on|via|to|with))? )?(facebook|twitter|x|reddit|pinterest|pin( it)?|linkedin|email|e-mail|mail|print|whatsapp|copy( link| url)?|link|tweet|flipboard|pocket|messenger|telegram|tumblr|sms|text|more|share|comments?)$/i;
