/**
 * Just enough of `wxt/browser` for popup modules under a test DOM: `i18n` answers from our real
 * `_locales/en/messages.json` the way browsers do (named placeholders filled from `$1`, `$2`…), so a test
 * fails if a message is missing or its wording changes.
 */
import { messageLookup } from '../../../cli/messages';

const message = messageLookup('en');

function getMessage(key: string, substitutions: string | string[] = []): string {
  return message(key, ...(Array.isArray(substitutions) ? substitutions : [substitutions]));
}

export const browser = { i18n: { getMessage, getUILanguage: () => 'en-GB' } };
