/**
 * What we remove before Readability runs, as data. Each group says why it exists and which test page needs
 * it (tests/unit/removals.test.ts checks every listed fixture really depends on its group).
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
  | 'related'
  | 'teasers'
  | 'other-stories'
  | 'comments'
  | 'author-bio'
  | 'bylines'
  | 'credits'
  | 'media-controls'
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
  wholeText?: RegExp;
  /** Tested against the text of a block whose whole text is one link (a promo line between paragraphs). */
  wholeLinkText?: RegExp;
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
    name: 'navigation',
    reason:
      'Site menus, breadcrumbs and the page header and footer ("Sign In Home Subscribe Contact…") are link lists Readability keeps when they sit next to the article.',
    fixture: 'news-chrome.html',
    tags: ['nav', 'header', 'footer'],
    roles: ['navigation', 'menubar', 'menu', 'banner', 'contentinfo', 'search'],
    classOrId: token('breadcrumbs?|site-?nav|main-?nav|nav-?menu|top-?nav|masthead|site-?header|site-?footer|global-?nav|skip-?link'),
    maxTextLength: 8000,
    // "Tags: a, b, c" and "Filed under: …" lines: links to the site's topic pages.
    leadingText: /^(tags|tagged( with)?|topics|filed under|categories|category|more about)\s*:/i,
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
    classOrId: token('newsletters?|subscribe|subscription|signup|sign-up|optin|opt-in|email-?capture|email-?signup|mailing-?list|cta-?(stories|newsletter|email|subscribe)'),
    // Boxes with no telling class, known by how they open: "Want more stories like this? Every day we send…".
    leadingText:
      /^(want more (stories|articles|news|tips) like this|(sign up|subscribe) (for|to) (our|the) .{0,40}(newsletter|emails?)|get (our|the) .{0,40}newsletter|every (day|week|morning|weekday) we (send|email)|never miss (a|an) (story|update|article))/i,
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
    // A paragraph that is one link shouted in capitals ("GET FOX BUSINESS ON THE GO BY CLICKING HERE").
    // (At least 12 capitals and no small letter; written so that it never backtracks.)
    wholeLinkText: /^(?:[^\p{Ll}\p{Lu}]*\p{Lu}){12}[^\p{Ll}]*$/u,
    // Label, then punctuation or a space: "Related: …", "SEE MORE Hong Kong protests …". Matches must be
    // mostly links (linkHeavy), so "Related research shows…" in prose stays.
    leadingText:
      /^(related( coverage| stories| articles| reading| content| video)?|read (this )?(next|more)|recommended( reading| for you)?|see (also|more)|also read|you (may|might) (also )?(like|enjoy)|more on this( topic)?|don['’]t miss|must read|watch next|up next|more from [^.:]{1,40}?)(\s*[:|–—-]|\s)/i,
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
    wholeText:
      /^(?=.*\d)(published|updated|posted|last updated|last modified|first published|modified|created)(:| on| at)?\s.{1,100}$|^by\s+\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,3}((,|,? and|,? &)\s+\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,3})*(\s*[-–—|•·,]?\s*(updated|published|on)?:?\s*[\d(].{0,60})?$/iu,
    maxTextLength: 300,
  },
  {
    name: 'credits',
    reason: 'Photo credits ("Photo: AP", "Credit: Getty Images") label pictures and read as stray words once the pictures are text.',
    fixture: 'news-chrome.html',
    classOrId: token('credit|credits|photo-?credit|image-?credit|media-?credit|img-?credit|caption-?credit|copyright-?holder|attribution'),
    // The label must end at a colon or a space: "Sources" (a references heading) is not "Source: …".
    wholeText: /^((photo|image|picture|video|illustration|graphic)s?( credit)?|credit|source|courtesy)(\s*:\s*|\s+)\S.{0,60}$|^\(?(getty images?|ap photo|reuters|afp|shutterstock|istock)[^.]{0,40}\)?$/i,
    maxTextLength: 200,
  },
  {
    name: 'media-controls',
    reason: 'Galleries and players write their controls as text ("Image 1 of 9", "Caption", "Close", "Expand"), which Readability keeps.',
    fixture: 'news-chrome.html',
    classOrId: token('gallery-?controls?|control-?(bar|panel)|slideshow-?(nav|controls|counter)|carousel-?(nav|controls)|lightbox-?controls'),
    wholeText:
      /^((image|photo|slide|picture) )?\d+ ?(of|\/) ?\d+$|^(caption|close|expand|collapse|enlarge|fullscreen|full screen|view (gallery|slideshow|all photos)|next( slide| image)?|prev(ious)?( slide| image)?|play|pause|mute|unmute|hide caption|show caption|replay|watch|open gallery)$/i,
    maxTextLength: 400,
  },
  {
    name: 'legal',
    reason: 'Copyright and reuse notices ("© 2025 …", "This document is subject to copyright") close many articles but are not part of them.',
    fixture: 'news-chrome.html',
    classOrId: token('copyright|copyrights|legal-?notice'),
    leadingText:
      /^(©|copyright\s*(©|\(c\)|\d{4})|\(c\)\s*\d{4}|all rights reserved|this (document|material|article|content) (is subject to copyright|may not be (published|reproduced|copied)))/i,
    maxTextLength: 600,
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
