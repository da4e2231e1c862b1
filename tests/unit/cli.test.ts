import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FIXTURES, readFixture } from '../support/dom';

const ROOT = path.join(import.meta.dirname, '..', '..');
const SAMPLE = path.join(FIXTURES, 'seed-model.html');
/** Reviewed by hand against the fixture: title, source, the visible date, the 4 headings, 5 key points (the opening sentence and one sentence of each section, in order), the 20 related links. */
const SAMPLE_MARKDOWN = readFixture('seed-model.outline.md');

function outline(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'cli', 'outline.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Each test starts the CLI (tsx, jsdom): seconds on a busy machine.
describe('npm run outline', { timeout: 60_000 }, () => {
  it('outlines the bundled sample article when given no file', () => {
    expect(outline()).toEqual({ status: 0, stdout: SAMPLE_MARKDOWN, stderr: '' });
  });

  it('reads gzipped pages and takes the source URL from --url', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'outline-'));
    const gz = path.join(dir, 'page.html.gz');
    writeFileSync(gz, gzipSync(readFileSync(SAMPLE)));
    const result = outline('--url', 'https://mirror.example/a', gz);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      SAMPLE_MARKDOWN.replace('<https://clearmindhealth.example/psychiatry/attachment-based-therapies-relational-healing>', '<https://mirror.example/a>').replaceAll(
        'https://clearmindhealth.example/psychiatry/',
        'https://mirror.example/psychiatry/',
      ),
    );
  });

  it('prints one JSON report per line with the file it came from', () => {
    const result = outline('--json', SAMPLE, SAMPLE);
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const report = JSON.parse(lines[0]!);
    expect(report.file).toBe(SAMPLE);
    expect(report.title).toBe('How attachment-focused therapies help heal relationship struggles and emotional dysregulation.');
    expect(report.outline).toHaveLength(4);
    expect(report.related).toHaveLength(20);
    expect(report.sanitized).toBe(true);
    expect(Object.keys(report)).toEqual(expect.arrayContaining(['reviewedBy', 'published', 'modified', 'readingMinutes', 'wordCount', 'keyPoints', 'text', 'html']));
  });

  it('reports each bad file in one line on stderr, exits non-zero, and still outlines the good ones', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'outline-'));
    const write = (name: string, content: string | Buffer) => {
      const file = path.join(dir, name);
      writeFileSync(file, content);
      return file;
    };
    const notHtml = write('notes.txt', 'just some notes, no markup at all\n');
    const noArticle = write('login.html', '<!doctype html><html><body><form><input type="email"><button>Sign in</button></form></body></html>');
    const empty = write('empty.html', '');
    const image = write('photo.html', Buffer.from('\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10', 'latin1'));
    const svg = write('logo.svg', '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>Logo</title></svg>');
    const feed = write('feed.xml', '<?xml version="1.0"?><rss version="2.0"><channel><title>Health news</title></channel></rss>');
    const frames = write('frames.html', '<html><frameset rows="20%,*"><frame src="top.html"><frame src="story.html"></frameset></html>');
    const missing = path.join(dir, 'missing.html');
    const result = outline(missing, notHtml, empty, SAMPLE, image, svg, feed, frames, dir, noArticle);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(SAMPLE_MARKDOWN);
    expect(result.stderr).toBe(
      [
        `outline: ${missing}: no such file`,
        `outline: ${notHtml}: not an HTML page`,
        `outline: ${empty}: an empty file`,
        `outline: ${image}: a PNG image, not an HTML page`,
        `outline: ${svg}: an SVG image, not an HTML page`,
        `outline: ${feed}: an XML document (<rss>), not an HTML page`,
        `outline: ${frames}: a frameset: its text is in the pages it frames (top.html, story.html); outline those`,
        `outline: ${dir}: is a directory`,
        `outline: ${noArticle}: no article found on this page`,
        '',
      ].join('\n'),
    );
  });

  it('reads the page in the encoding --encoding names, and refuses one no browser knows', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'outline-')), 'cafe.html');
    const paragraph = 'The café on the corner serves porridge with fruit, a breakfast that keeps most people full until lunch. ';
    writeFileSync(file, `<!doctype html><html><head><meta charset="utf-8"><title>Breakfast</title></head><body><article><p>${paragraph.repeat(6)}</p></article></body></html>`);
    const asUtf8 = outline('--json', file);
    const asLatin1 = outline('--json', '--encoding', 'latin1', file);
    expect(JSON.parse(asUtf8.stdout).text.slice(0, 20)).toBe('The café on the corn');
    expect(JSON.parse(asLatin1.stdout).text.slice(0, 20)).toBe('The cafÃ© on the cor');
    const unknown = outline('--encoding', 'klingon-8', file);
    expect([unknown.status, unknown.stdout, unknown.stderr.split('\n')[0]]).toEqual([2, '', 'outline: unknown encoding "klingon-8"']);
  });

  it('explains its usage when given an unknown option', () => {
    const result = outline('--jsn');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^outline: Unknown option '--jsn'.*\nusage: npm run outline -- \[--json\] \[--url URL\] \[--lang LANG\] \[--encoding NAME\]/s);
  });
  it('outlines a page whose stylesheet jsdom cannot parse', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'outline-'));
    const file = path.join(dir, 'page.html');
    const prose = 'Walking after meals helps the body handle blood sugar, and even ten minutes makes a measurable difference for many people. ';
    writeFileSync(
      file,
      `<!doctype html><html><head><title>Walking after meals</title><style>.gallery .viewport{min-height:calc(($max-width - $side-width - 16px) / 16 * 9)}</style></head>` +
        `<body><article><h1>Walking after meals</h1><p>${prose.repeat(3)}</p><h2>How long to walk</h2><p>${prose.repeat(3)}</p></article></body></html>`,
    );
    const result = outline(file);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('How long to walk');
  });
});
