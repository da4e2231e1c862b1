/** `npm run outline -- --lang LANG`: the CLI's labels and dates come from the extension's messages for LANG. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFixture } from '../support/dom';

const ROOT = path.join(import.meta.dirname, '..', '..');

function outline(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'cli', 'outline.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Each test starts the CLI (tsx, jsdom): seconds on a busy machine.
describe('npm run outline -- --lang', { timeout: 60_000 }, () => {
  it('words the sample outline in Spanish, with the date as Spanish writes it', () => {
    const english = readFixture('seed-model.outline.md');
    const spanish = english
      .replace('Source: <', 'Fuente: <')
      .replace('Published Jul 19, 2025', 'Publicado el 19 jul 2025')
      .replace('## Key points', '## Puntos clave')
      .replace('## Related articles', '## Artículos relacionados');
    expect(spanish).not.toBe(english);
    expect(outline('--lang', 'es')).toEqual({ status: 0, stdout: spanish, stderr: '' });
  });

  it('names the languages it has when asked for another', () => {
    expect(outline('--lang', 'xx')).toEqual({
      status: 2,
      stdout: '',
      stderr: 'outline: no language "xx" (available: de, en, es, fr)\nusage: npm run outline -- [--json] [--url URL] [--lang LANG] [--encoding NAME] [--jobs N] [--timeout SECONDS] [FILE.html|FILE.html.gz ...]\n',
    });
  });
});
