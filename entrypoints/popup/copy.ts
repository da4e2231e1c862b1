/** "Copy outline": the format choice (remembered) and the copy itself. */
import type { OutlineFormat } from '../../lib/output/format';
import type { ArticleReport } from '../../lib/types';
import { copyFormatSetting } from '../../utils/settings';
import { copyText } from './clipboard';
import { h, messageOf, outlineLabels, t, type MessageKey } from '../../utils/ui';

const FORMATS: { format: OutlineFormat; label: MessageKey; copied: MessageKey }[] = [
  { format: 'markdown', label: 'formatMarkdown', copied: 'copiedMarkdown' },
  { format: 'text', label: 'formatText', copied: 'copiedText' },
];

/**
 * The copy button and the format switch; `announce` reports the outcome to everyone, screen readers too. The
 * copy holds the whole report (`complete`, care advice and key points too), and its formatter loads on the
 * first click: most users never copy.
 */
export function renderCopyControls(
  complete: () => Promise<ArticleReport>,
  initial: OutlineFormat,
  announce: (message: string) => void,
): { button: HTMLButtonElement; formatChoice: HTMLElement } {
  let chosen = initial;
  const formatChoice = h(
    'div',
    { class: 'segmented', role: 'radiogroup', 'aria-labelledby': 'copy-format-label' },
    h('span', { id: 'copy-format-label', class: 'segmented-label' }, t('copyFormatLabel')),
    ...FORMATS.map(({ format, label }) => {
      const input = h('input', { type: 'radio', name: 'copy-format', id: `format-${format}`, value: format });
      input.checked = format === chosen;
      input.addEventListener('change', () => {
        chosen = format;
        copyFormatSetting.setValue(format).catch((error: unknown) => announce(t('settingNotSaved', messageOf(error))));
      });
      return h('span', { class: 'segment' }, input, h('label', { for: input.id }, t(label)));
    }),
  );
  const button = h('button', { type: 'button', class: 'primary', id: 'copy-outline' }, t('copyOutline'));
  button.addEventListener('click', () => {
    const { copied } = FORMATS.find(({ format }) => format === chosen)!;
    Promise.all([complete(), import('../../lib/output/format')])
      .then(([report, { formatOutline }]) => copyText(formatOutline(report, chosen, outlineLabels())))
      .then(
        () => announce(t(copied)),
        (error: unknown) => announce(t('copyFailed', messageOf(error))),
      );
  });
  return { button, formatChoice };
}
