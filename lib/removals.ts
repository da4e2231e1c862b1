/**
 * What we remove before Readability runs, as data. Each group says why it exists and which test page needs
 * it (tests/unit/removals.test.ts checks every listed fixture really depends on its group).
 *
 * Patterns over class/id use token boundaries (start, end, space, `-`, `_`) so "ad" matches `ad-slot` and
 * `div-gpt-ad-1` but never `header`, `shadow` or `download`.
 */

export type RemovalGroupName = 'ads' | 'share' | 'newsletter' | 'consent' | 'promos' | 'related' | 'comments' | 'author-bio' | 'disclaimers';

export interface RemovalGroup {
  name: RemovalGroupName;
  reason: string;
  /** Fixture under tests/fixtures/ whose expected output needs this group. */
  fixture: string;
  /** Tested against ` class id ` of every element. */
  classOrId?: RegExp;
  /** Extra CSS selectors for markup that has no telling class (ad iframes, data attributes). */
  selector?: string;
  /** Tested against the whole visible text of small elements: a block that is only a label. */
  wholeText?: RegExp;
  /** Tested against the start of a short block's text: a block introduced by a label. */
  leadingText?: RegExp;
  /** A match holding more text than this is real content with an unlucky class name, and stays. */
  maxTextLength: number;
  /**
   * Class/id matches must have at least this share of their text in links: a list of other articles is
   * links, a paragraph `class="related-research"` is prose.
   */
  linkHeavy?: number;
}

const token = (words: string) => new RegExp(`(^|[\\s_-])(${words})(?=$|[\\s_-])`, 'i');

/** Shared with the related-list collector, which reads these containers before they are removed. */
export const RELATED_CLASS_OR_ID = token('related|you-?may-?like|more-?from|recommended|read-?next');

export const REMOVAL_GROUPS: readonly RemovalGroup[] = [
  {
    name: 'ads',
    reason:
      'Ad slots and their labels ("ADVERTISEMENT", "Continue reading below") sit between paragraphs; Readability keeps the label text inside the article.',
    fixture: 'seed-model.html',
    classOrId: token(
      'ads?|adv|advert|adverts|advertisement|advertising|adslot|ad-?slot|ad-?unit|ad-?container|ad-?wrapper|ad-?label|ad-?placeholder|dfp|gpt-ad|google-?ads?|adsbygoogle|doubleclick|sponsored-?content|native-?ad|taboola|outbrain|adthrive|mediavine',
    ),
    selector: '[data-ad-unit], [data-ad-slot], [data-ad], [data-google-query-id], iframe[id^="google_ads"], ins.adsbygoogle',
    wholeText:
      /^(advertisement|advertisements|advertising|advert|ads?|sponsored|sponsored content|paid content|promoted|continue reading below|(article|story|content) continues below( this)?( advertisement| ad)?|(the )?(article|story) continues after (this )?(advertisement|ad)|scroll to continue( with content)?|skip (this )?(advert|advertisement|ad)|ad feedback)$/i,
    maxTextLength: 300,
  },
  {
    name: 'share',
    reason:
      'Share bars ("Facebook X Reddit", "Share", "Print", "Email") read as words of the article once Readability flattens them.',
    fixture: 'seed-model.html',
    classOrId: token('share|shares|sharing|share-?bar|share-?buttons|share-?tools|social-?share|social-?icons|social-?links|social-?buttons|social-?bar|social-?media|addthis|sharethis|a2a'),
    wholeText: /^(share|share this( article| story| page| post)?|share (on|via) \w+|tweet|pin it|copy link)$/i,
    maxTextLength: 250,
  },
  {
    name: 'newsletter',
    reason: 'Newsletter sign-up boxes inside or beside articles ("Get our weekly health tips") are not the article.',
    fixture: 'boilerplate-gauntlet.html',
    classOrId: token('newsletters?|subscribe|subscription|signup|sign-up|optin|opt-in|email-?capture|email-?signup|mailing-?list'),
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
      'Inline promos ("RELATED COVERAGE", "Read this next") interrupt the article with other headlines; Readability keeps them when they sit between paragraphs.',
    fixture: 'boilerplate-gauntlet.html',
    classOrId: token('inline-?related|related-?inline|related-?coverage|read-?next|read-?more-?links?|recirc|recirculation|more-?stories|promo|promos|in-?article-?promo|also-?read'),
    linkHeavy: 0.3,
    leadingText:
      /^(related( coverage| stories| articles| reading| content)?|read (this )?(next|more)|recommended( reading)?|see also|also read|you (may|might) (also )?(like|enjoy)|more on this( topic)?|don['’]t miss|must read)\s*[:|–—-]/i,
    maxTextLength: 600,
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
    name: 'disclaimers',
    reason: 'Affiliate and editorial-process notes ("We include products we think are useful…") open many health articles.',
    fixture: 'boilerplate-gauntlet.html',
    classOrId: token('affiliate-?(disclosure|disclaimer|notice)|disclosure'),
    leadingText:
      /^(we include products we think are useful|this (article|post|page) (contains|may contain|includes) affiliate links|we may (earn|receive) (a )?(small )?(commission|compensation)|as an amazon associate|advertising on our site helps support our mission)/i,
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
