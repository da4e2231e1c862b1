/**
 * `npm run outline -- FILE FILE …`: several files run on worker threads (cli/pool.ts) and print exactly what
 * outlining each file alone prints, in input order, whatever order the workers finish in.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { labelsFor, printedOutline } from '../../cli/outline';
import { Progress } from '../../cli/progress';
import { FIXTURES, readFixture } from '../support/dom';

const ROOT = path.join(import.meta.dirname, '..', '..');

function outline(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'cli', 'outline.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A long article (about 400 KB) that takes the CLI several times longer than any fixture. */
function largePage(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'outline-batch-')), 'large.html');
  const sentence = 'Sleep helps the body repair itself, and most adults need seven to nine hours a night to feel rested and think clearly. ';
  const sections = Array.from({ length: 150 }, (_, index) => `<h2>Part ${index + 1} of the sleep guide</h2>${`<p>${sentence.repeat(4)}</p>`.repeat(5)}`);
  writeFileSync(file, `<!doctype html><html lang="en"><head><title>Sleep and your health</title></head><body><article><h1>Sleep and your health</h1>${sections.join('')}</article></body></html>`);
  return file;
}

const fixture = (name: string) => path.join(FIXTURES, name);
const BAD = fixture('no-article.html');

// Each test starts the CLI and its workers (tsx, jsdom): seconds to tens of seconds on a busy machine.
describe('npm run outline with several files', { timeout: 180_000 }, () => {
  // The large page first: with two workers it finishes after the pages behind it, which must still wait for it.
  const files = [largePage(), fixture('seed-model.html'), fixture('news-chrome.html'), BAD, fixture('page-kinds-de.html'), fixture('rtl-arabic.html')];
  const good = files.filter((file) => file !== BAD);

  it('prints with two workers exactly what one worker prints, and what each file alone gives, in input order', () => {
    const labels = labelsFor('en');
    const alone = good.map((file) => printedOutline(file, { json: false, language: 'en' }, labels));
    const expected = alone.map((result) => ('output' in result ? result.output : '')).join('\n');
    expect(expected).toContain(`\n${readFixture('seed-model.outline.md')}\n# `);
    const badLine = `outline: ${BAD}: no article found on this page\n`;
    const oneWorker = outline('--jobs', '1', ...files);
    const twoWorkers = outline('--jobs', '2', ...files);
    // stderr is no terminal here: the error line alone, no page count.
    expect(oneWorker).toEqual({ status: 1, stdout: expected, stderr: badLine });
    expect(twoWorkers).toEqual({ status: 1, stdout: expected, stderr: badLine });
  });

  it('prints one JSON line per file, in input order, the bad file on stderr', () => {
    const result = outline('--json', '--jobs', '2', ...files);
    const settings = { json: true, language: 'en' };
    const labels = labelsFor('en');
    expect(result).toEqual({
      status: 1,
      stdout: good.map((file) => (printedOutline(file, settings, labels) as { output: string }).output).join(''),
      stderr: `outline: ${BAD}: no article found on this page\n`,
    });
    expect(result.stdout.split('\n').slice(0, -1).map((line) => JSON.parse(line).file)).toEqual(good);
  });

  it('stops a page that runs past --timeout with a one-line error and goes on with the next', () => {
    // No page is outlined within a millisecond: each gets the error, each in a fresh worker.
    const [first, second] = good;
    expect(outline('--timeout', '0.001', '--jobs', '1', first!, second!)).toEqual({
      status: 1,
      stdout: '',
      stderr: `outline: ${first}: took longer than 0.001 s; stopped\noutline: ${second}: took longer than 0.001 s; stopped\n`,
    });
  });

  it('stops quietly when whatever reads its output stops (| head)', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'cli', 'outline.ts'), '--jobs', '2', ...good.slice(1)], { cwd: ROOT });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise((resolve) => child.on('close', resolve));
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
  });

  it('refuses a --jobs or --timeout that is not a positive number', () => {
    const usage = 'usage: npm run outline -- [--json] [--url URL] [--lang LANG] [--encoding NAME] [--jobs N] [--timeout SECONDS] [FILE.html|FILE.html.gz ...]\n';
    expect(outline('--jobs', '0', ...good)).toEqual({ status: 2, stdout: '', stderr: `outline: --jobs takes a whole number, 1 or more (not "0")\n${usage}` });
    expect(outline('--timeout', 'soon', ...good)).toEqual({ status: 2, stdout: '', stderr: `outline: --timeout takes a number of seconds above 0 (not "soon")\n${usage}` });
  });
});

describe('the page count on stderr', () => {
  const recorder = (isTTY: boolean) => {
    const writes: string[] = [];
    return { isTTY, writes, write: (text: string) => writes.push(text) };
  };

  it('shows on a terminal, clears itself around other output and when done', () => {
    const terminal = recorder(true);
    const stdout = recorder(true);
    const progress = new Progress(terminal, 3);
    progress.update(1);
    progress.print(stdout, '# An outline\n');
    progress.print(terminal, 'outline: b.html: no article found on this page\n');
    progress.update(2);
    progress.end();
    expect(terminal.writes).toEqual([
      '\r\x1b[Koutline: 1/3 pages',
      '\r\x1b[K',
      'outline: 1/3 pages',
      '\r\x1b[K',
      'outline: b.html: no article found on this page\n',
      'outline: 1/3 pages',
      '\r\x1b[Koutline: 2/3 pages',
      '\r\x1b[K',
    ]);
    expect(stdout.writes).toEqual(['# An outline\n']);
  });

  it('stays on the screen while the outlines go to a file or a pipe', () => {
    const terminal = recorder(true);
    const stdout = recorder(false);
    const progress = new Progress(terminal, 2);
    progress.update(1);
    progress.print(stdout, '{"file":"a.html"}\n');
    progress.update(2);
    progress.end();
    expect(terminal.writes).toEqual(['\r\x1b[Koutline: 1/2 pages', '\r\x1b[Koutline: 2/2 pages', '\r\x1b[K']);
    expect(stdout.writes).toEqual(['{"file":"a.html"}\n']);
  });

  it('never shows when stderr is no terminal, nor for one file', () => {
    for (const [terminal, total] of [
      [recorder(false), 3],
      [recorder(true), 1],
    ] as const) {
      const progress = new Progress(terminal, total);
      progress.update(1);
      progress.print(terminal, 'outline: b.html: no article found on this page\n');
      progress.end();
      expect(terminal.writes).toEqual(['outline: b.html: no article found on this page\n']);
    }
  });
});
