/**
 * The removal groups of lib/extraction/removals.ts, checked against the pages that need them.
 *
 * Known lib bugs are pinned with `it.fails` and a comment naming the bug (see KNOWN BUGS below). When a bug is
 * fixed the pinned test starts passing, `it.fails` then reports it as a failure, and the marker must go.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { removeBoilerplate, type RemovalCounts } from '../../lib/extraction/clean';
import { analyzeArticle, type ArticleReport } from '../../lib/index';
import { prepareDocument } from '../../lib/page/normalize';
import { collectRelated } from '../../lib/extraction/related';
import { backMatterSections, isScholarly } from '../../lib/extraction/scholarly';
import { ENGLISH } from '../../lib/vocabulary/index';
import { REMOVAL_GROUPS, type RemovalGroup, type RemovalGroupName } from '../../lib/extraction/removals';
import { collapseWhitespace } from '../../lib/page/text';
import { FIXTURES, closeDocuments, happyDocument, jsdomDocument, readFixture } from '../support/dom';

afterEach(closeDocuments);
afterAll(closeDocuments);

/*
 * Formerly known bugs, fixed and kept as regression tests:
 * LONG_LEAD (a one-sentence disclaimer in one long text node was never tested by `leadingText`),
 * RELATED_PROSE (a prose paragraph `class="related-research"` was removed by the 'related' group),
 * INLINE_LABEL (a linked or emphasised word of a sentence that is also a label was removed).
 */

type Dom = 'happy-dom' | 'jsdom';
const DOMS: readonly { name: Dom; make: (html: string, url?: string) => Document }[] = [
  { name: 'happy-dom', make: happyDocument },
  { name: 'jsdom', make: jsdomDocument },
];

interface Snippet {
  group: RemovalGroupName;
  text: string;
}
interface GauntletExpected {
  title: string;
  outline: { level: number; text: string }[];
  boilerplateSnippets: Snippet[];
  boilerplateLinks: { group: RemovalGroupName; href: string }[];
  guardSentences: string[];
}

const GAUNTLET = 'boilerplate-gauntlet.html';
const SEED = 'seed-model.html';
const gauntletExpected = JSON.parse(readFixture('boilerplate-gauntlet.expected.json')) as GauntletExpected;
const seedExpected = JSON.parse(readFixture('seed-model.expected.json')) as { related: { title: string }[] };

/**
 * What each fixture's boilerplate says: `boilerplateSnippets` of its .expected.json; seed-model.expected.json
 * predates snippets, so its own are listed here.
 */
const snippetsOf = (fixture: string): readonly Snippet[] => {
  const expected = path.join(FIXTURES, fixture.replace(/\.html$/, '.expected.json'));
  if (!existsSync(expected)) return [];
  return (JSON.parse(readFixture(path.basename(expected))) as { boilerplateSnippets?: Snippet[] }).boilerplateSnippets ?? [];
};
const SNIPPETS: Record<string, readonly Snippet[]> = {
  ...Object.fromEntries(REMOVAL_GROUPS.map((group) => [group.fixture, snippetsOf(group.fixture)])),
  [GAUNTLET]: gauntletExpected.boilerplateSnippets,
  [SEED]: [
    { group: 'ads', text: 'ADVERTISEMENT' },
    { group: 'share', text: 'Facebook X Reddit' },
    { group: 'related', text: 'Related Articles' },
    ...seedExpected.related.map(({ title }) => ({ group: 'related' as const, text: title })),
  ],
};

function canonicalUrl(html: string): string {
  const url = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  if (!url) throw new Error('fixture has no canonical link');
  return url;
}

/** The snippets from `snippets` that occur in `text`, in their listed order. */
function present(text: string, snippets: readonly Snippet[]): string[] {
  return snippets.filter((snippet) => text.includes(snippet.text)).map((snippet) => snippet.text);
}

/**
 * The pipeline's cleaning step alone, as lib/index.ts runs it (headings marked, related lists collected and
 * handed to the cleaner), on a fresh happy-dom document rather than a clone. The related collector's
 * containers and a journal page's back matter are passed only while their group ('related', 'charts', 'back-matter')
 * is among `groups`.
 */
function cleanFixture(fixture: string, groups: readonly RemovalGroup[]): { counts: RemovalCounts; text: string } {
  const html = readFixture(fixture);
  const url = canonicalUrl(html);
  const doc = happyDocument(html, url);
  const scan = prepareDocument(doc);
  const related = collectRelated(doc, doc.baseURI, url, scan);
  const backMatter = isScholarly(scan.index.metas) ? backMatterSections(scan.headings, ENGLISH).map((element) => ({ element, group: 'back-matter' as const })) : [];
  const known = [...related.containers, ...backMatter].filter((container) => groups.some((group) => group.name === container.group));
  const counts = removeBoilerplate(doc, known, groups, scan);
  return { counts, text: collapseWhitespace(doc.body.textContent ?? '') };
}

describe('removal groups', () => {
  it('every removal group names a reason and a fixture that exists', () => {
    const names = REMOVAL_GROUPS.map((group) => group.name);
    expect(new Set(names).size).toBe(names.length);
    const withoutReason = REMOVAL_GROUPS.filter((group) => collapseWhitespace(group.reason).length < 20).map((group) => group.name);
    expect(withoutReason).toEqual([]);
    const missingFixture = REMOVAL_GROUPS.filter((group) => !group.fixture || !existsSync(path.join(FIXTURES, group.fixture))).map(
      (group) => `${group.name}: ${group.fixture}`,
    );
    expect(missingFixture).toEqual([]);
    // Every fixture a group names says what that group's boilerplate looks like.
    const withoutSnippets = REMOVAL_GROUPS.filter((group) => !(SNIPPETS[group.fixture] ?? []).some((s) => s.group === group.name)).map(
      (group) => group.name,
    );
    expect(withoutSnippets).toEqual([]);
  });

  describe('each group is needed by its fixture', () => {
    for (const group of REMOVAL_GROUPS) {
      it(`${group.name} (${group.fixture})`, () => {
        const snippets = (SNIPPETS[group.fixture] ?? []).filter((snippet) => snippet.group === group.name);
        expect(snippets.length).toBeGreaterThan(0);

        const all = cleanFixture(group.fixture, REMOVAL_GROUPS);
        expect(all.counts[group.name] ?? 0).toBeGreaterThan(0);
        expect(present(all.text, snippets)).toEqual([]);

        const without = cleanFixture(group.fixture, REMOVAL_GROUPS.filter((other) => other !== group));
        expect(without.counts[group.name]).toBeUndefined();
        expect(present(without.text, snippets).length).toBeGreaterThan(0);
      });
    }
  });
});

describe.each(DOMS)('the analyzed gauntlet page keeps its article and loses all boilerplate ($name)', ({ make }) => {
  let report: ArticleReport | null | undefined;
  const analyzed = (): ArticleReport => {
    if (report === undefined) {
      const html = readFixture(GAUNTLET);
      report = analyzeArticle(make(html, canonicalUrl(html)));
    }
    if (!report) throw new Error('no article found in the gauntlet page');
    return report;
  };

  it('keeps the title and the exact outline', () => {
    const { title, outline, siteName, url } = analyzed();
    expect(title).toEqual(gauntletExpected.title);
    expect(outline.map(({ level, text }) => ({ level, text }))).toEqual(gauntletExpected.outline);
    expect(siteName).toEqual('Wellness Desk');
    expect(url).toEqual('https://wellnessdesk.example/nutrition/iron-deficiency-teen-athletes');
  });

  it('keeps every guard sentence', () => {
    const { text } = analyzed();
    expect(gauntletExpected.guardSentences.filter((sentence) => !text.includes(sentence))).toEqual([]);
  });

  const groups = [...new Set([...gauntletExpected.boilerplateSnippets, ...gauntletExpected.boilerplateLinks].map((entry) => entry.group))];
  for (const group of groups) {
    it(`loses the ${group} boilerplate`, () => {
      const { text, html } = analyzed();
      const snippets = gauntletExpected.boilerplateSnippets.filter((snippet) => snippet.group === group);
      expect(present(text, snippets)).toEqual([]);
      const links = gauntletExpected.boilerplateLinks.filter((link) => link.group === group).map((link) => link.href);
      expect(links.filter((href) => html.includes(href))).toEqual([]);
    });
  }
});

describe('prose that mentions share, advertising or related survives', () => {
  const P_SHARE =
    'Families who share at least one meal a day with a young athlete tend to notice sooner when portions shrink or whole food groups vanish from the plate. That shared table is also where new foods are easiest to introduce.';
  const P_ADVERTISING =
    'Advertising shapes what children ask for long before they reach a kitchen. Snack commercials during televised games rarely feature anything with meaningful iron, so parents end up competing with a marketing budget.';
  const P_RELATED =
    'Picky eating in teenagers is often related to texture rather than taste, which is why the same athlete who refuses stewed lentils may happily eat them blended into a pasta sauce.';
  const P_RESEARCH =
    'Several small studies have asked whether repeated, pressure-free exposure changes what adolescents are willing to eat. The pattern is fairly consistent: a food offered eight to fifteen times, without bribes or punishments, is accepted far more often than one offered twice and then abandoned. Researchers also found that involving teenagers in shopping and cooking raised acceptance more than nutrition lectures did, and that athletes responded especially well when a coach or an older teammate talked about food as part of performance rather than as a rule. None of this research is large or long-term, but it points in the same direction as what experienced sports dietitians see every season.';
  const P_SPONSORED =
    'A sponsored snack table at a weekend tournament is no reason to panic; one day of chips and sports drinks matters far less than what a teenager eats across the rest of the week.';
  const P_RELATED_SHARE =
    'Parents who want to share the load can ask the team to rotate post-game snacks, with a short list of iron-rich options related to what the players already like: jerky, fortified cereal bars, hummus wraps and trail mix with dried apricots.';
  const PROSE = [P_SHARE, P_ADVERTISING, P_RELATED, P_RESEARCH, P_SPONSORED, P_RELATED_SHARE];
  const LABEL = 'Sponsored';
  const TITLE = 'Feeding a picky eater on a sports team';
  const PAGE = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>${TITLE}</title></head>
<body>
<main>
  <article>
    <h1>${TITLE}</h1>
    <p>${P_SHARE}</p>
    <p>${LABEL}</p>
    <p>${P_ADVERTISING}</p>
    <p>${P_RELATED}</p>
    <p class="related-research">${P_RESEARCH}</p>
    <p>${P_SPONSORED}</p>
    <p>${P_RELATED_SHARE}</p>
  </article>
</main>
</body>
</html>`;
  const paragraphs = (doc: Document): string[] => Array.from(doc.querySelectorAll('article p'), (p) => collapseWhitespace(p.textContent ?? ''));

  it('the page is what the test means it to be', () => {
    expect(P_RESEARCH.length).toBeGreaterThan(600);
    expect(paragraphs(happyDocument(PAGE))).toEqual([P_SHARE, LABEL, P_ADVERTISING, P_RELATED, P_RESEARCH, P_SPONSORED, P_RELATED_SHARE]);
  });

  it('cleaning keeps the paragraphs that mention the words and removes only the Sponsored label', () => {
    const doc = happyDocument(PAGE);
    removeBoilerplate(doc);
    expect(paragraphs(doc).filter((text) => text !== P_RESEARCH)).toEqual(PROSE.filter((text) => text !== P_RESEARCH));
  });

  // RELATED_PROSE.
  it('cleaning keeps a 600-character prose paragraph whose class is "related-research"', () => {
    const doc = happyDocument(PAGE);
    const counts = removeBoilerplate(doc);
    expect(paragraphs(doc)).toEqual(PROSE);
    expect(counts).toEqual({ ads: 1 });
  });

  // INLINE_LABEL.
  it('cleaning keeps a word of prose that is a label on its own ("advertising", "share", "sponsored")', () => {
    const linked = [
      ['Food ', '<a href="/policy/food-marketing">advertising</a>', ' aimed at young athletes pushes sports drinks over iron-rich meals.'],
      ['Parents can ', '<a href="/community">share</a>', ' what worked for their own picky eaters in our community forum.'],
      ['Some leagues run ', '<em>sponsored</em>', ' hydration stations that hand out sugary drinks after every game.'],
    ];
    const doc = happyDocument(`<!DOCTYPE html><html><body><main><article>${linked.map((parts) => `<p>${parts.join('')}</p>`).join('')}</article></main></body></html>`);
    const counts = removeBoilerplate(doc);
    expect(paragraphs(doc)).toEqual([
      'Food advertising aimed at young athletes pushes sports drinks over iron-rich meals.',
      'Parents can share what worked for their own picky eaters in our community forum.',
      'Some leagues run sponsored hydration stations that hand out sugary drinks after every game.',
    ]);
    expect(counts).toEqual({});
  });

  describe.each(DOMS)('analyzed ($name)', ({ make }) => {
    const analyzedParagraphs = (): string[] => {
      const report = analyzeArticle(make(PAGE, 'https://wellnessdesk.example/nutrition/picky-eaters-sports-teams'));
      if (!report) throw new Error('no article found');
      return report.text.split('\n\n');
    };

    it('keeps the paragraphs that mention the words and loses the Sponsored label', () => {
      expect(analyzedParagraphs().filter((text) => text !== P_RESEARCH)).toEqual(PROSE.filter((text) => text !== P_RESEARCH));
    });

    // RELATED_PROSE.
    it('keeps exactly the six prose paragraphs', () => {
      expect(analyzedParagraphs()).toEqual(PROSE);
    });
  });
});

describe.each(DOMS)('the analyzed news page loses its chrome and keeps its story ($name)', ({ make }) => {
  const FIXTURE = 'news-chrome.html';
  const expected = JSON.parse(readFixture('news-chrome.expected.json')) as { title: string; boilerplateSnippets: Snippet[]; guardSentences: string[] };
  const analyzed = (): ArticleReport => {
    const html = readFixture(FIXTURE);
    const report = analyzeArticle(make(html, canonicalUrl(html)));
    if (!report) throw new Error('no article found in the news page');
    return report;
  };

  it('keeps the title and every sentence of the story', () => {
    const report = analyzed();
    expect(report.title).toEqual(expected.title);
    const text = collapseWhitespace(report.text);
    expect(expected.guardSentences.filter((sentence) => !text.includes(sentence))).toEqual([]);
  });

  it('loses every piece of chrome', () => {
    const text = collapseWhitespace(analyzed().text);
    expect(present(text, expected.boilerplateSnippets)).toEqual([]);
  });
});
