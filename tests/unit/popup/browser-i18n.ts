/**
 * Just enough of `wxt/browser` for popup modules under a test DOM: `i18n` answers from our real
 * `_locales/en/messages.json` the way browsers do (named placeholders filled from `$1`, `$2`…), so a test
 * fails if a message is missing or its wording changes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const messages = JSON.parse(
  readFileSync(path.join(import.meta.dirname, '..', '..', '..', 'public', '_locales', 'en', 'messages.json'), 'utf8'),
) as Messages;

function getMessage(key: string, substitutions: string | string[] = []): string {
  const entry = messages[key];
  if (!entry) throw new Error(`No message "${key}" in messages.json`);
  const values = Array.isArray(substitutions) ? substitutions : [substitutions];
  let text = entry.message;
  for (const [name, { content }] of Object.entries(entry.placeholders ?? {})) {
    const value = content.replace(/\$(\d)/g, (_, index: string) => values[Number(index) - 1] ?? '');
    text = text.replace(new RegExp(`\\$${name}\\$`, 'gi'), value);
  }
  return text;
}

export const browser = { i18n: { getMessage, getUILanguage: () => 'en-GB' } };
