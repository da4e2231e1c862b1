/**
 * Every string the extension's pages show comes from messages.json: no words written straight into the popup's,
 * the reader's or the options page's HTML or into a UI sink of their TypeScript (see tests/support/ui-strings.ts
 * for what counts), so a new string cannot skip translation. The finder itself is checked on samples.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMessages } from '../../cli/messages';
import { findUntranslatedHtml, findUntranslatedTs } from '../support/ui-strings';

const ROOT = path.join(import.meta.dirname, '..', '..');
const english = readMessages('en');

/** The extension's own code (not the e2e-only yardsticks), relative to the project root. */
function sources(extension: string): string[] {
  return ['entrypoints', 'utils']
    .flatMap((dir) => readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' }).map((file) => path.join(dir, file)))
    .filter((file) => file.endsWith(extension) && !file.split(path.sep).some((part) => part.startsWith('e2e-')))
    .sort();
}

describe('UI strings come from messages.json', () => {
  it('covers the popup, the reader view and the options page', () => {
    expect(sources('.html')).toEqual(['entrypoints/options/index.html', 'entrypoints/popup/index.html', 'entrypoints/reader/index.html']);
  });

  it.each(sources('.html'))('%s has no words of its own', (file) => {
    expect(findUntranslatedHtml(readFileSync(path.join(ROOT, file), 'utf8'), file, english)).toEqual([]);
  });

  it.each(sources('.ts'))('%s puts no literal words on screen', (file) => {
    expect(findUntranslatedTs(readFileSync(path.join(ROOT, file), 'utf8'), file)).toEqual([]);
  });
});

describe('the untranslated-string finder', () => {
  it('finds words in HTML outside data-i18n, stale fallbacks, unknown keys, spoken attributes and a plain title', () => {
    const html = `<!doctype html><html><head><title>Settings</title></head><body>
      <p data-i18n="retry">Try again</p>
      <p data-i18n="retry">Retry now</p>
      <p data-i18n="noSuchKey"></p>
      <button aria-label="Close"><span aria-hidden="true">✕</span></button>
      <p>Loose words</p>
      <img alt="A chart" src="x.png">
    </body></html>`;
    expect(findUntranslatedHtml(html, 'sample.html', english).map(({ text }) => text)).toEqual([
      '"Retry now" is not the English message "retry"',
      'unknown message "noSuchKey"',
      'Settings',
      'Loose words',
      'aria-label="Close"',
      'alt="A chart"',
    ]);
  });

  it('accepts a page whose words all come from messages, with a __MSG_ title and decorative glyphs', () => {
    const html = `<!doctype html><html><head><title>__MSG_actionTitle__</title></head><body>
      <p data-i18n="retry">Try again</p><p data-i18n="loading"></p><button data-i18n-label="readerClose"><span aria-hidden="true">✕</span></button> 42 %
    </body></html>`;
    expect(findUntranslatedHtml(html, 'sample.html', english)).toEqual([]);
  });

  it('finds literal words in each TypeScript sink, and lets messages, data and wordless strings through', () => {
    const source = `
      h('p', {}, 'Loading');
      h('button', { 'aria-label': 'Close', class: 'icon' }, '✕');
      h('span', {}, \`Opens \${thing}\`);
      element.textContent = 'Saved';
      status.title = cond ? t('retry') : 'Retry';
      button.setAttribute('aria-label', 'More');
      document.title = 'Reader';
      throw new Error('No tab to read');
      announce('Copied');
      return { ok: false, error: 'The page did not answer' };
      h('p', { class: 'site' }, report.siteName, t('byline', name), \` \${t('relatedOpensInNewTab')}\`, '·', \`\${percent}%\`);
      element.textContent = \`\${size}%\`;
      throw new Error(t('errorNoTab'));
      element.setAttribute('data-state', 'loading');
    `;
    expect(findUntranslatedTs(source, 'sample.ts').map(({ where, text }) => `${where}: ${text}`)).toEqual([
      'sample.ts:2 element text: Loading',
      'sample.ts:3 aria-label: Close',
      'sample.ts:4 element text: Opens',
      'sample.ts:5 textContent: Saved',
      'sample.ts:6 title: Retry',
      'sample.ts:7 attribute: More',
      'sample.ts:8 title: Reader',
      'sample.ts:9 error: No tab to read',
      'sample.ts:10 announcement: Copied',
      'sample.ts:11 error: The page did not answer',
    ]);
  });
});
