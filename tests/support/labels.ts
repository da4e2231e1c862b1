/** The copied outline's labels in one of the extension's languages, read from its messages.json as the CLI does. */
import { messageLookup } from '../../cli/messages';
import type { OutlineLabels } from '../../lib/output/format';

/** `locale` is the browser's UI language the dates are written for (the e2e browsers run in en-US). */
export function outlineLabelsFor(language: string, locale = language): OutlineLabels {
  return { locale, message: messageLookup(language) };
}

export const ENGLISH_LABELS = outlineLabelsFor('en', 'en-US');
