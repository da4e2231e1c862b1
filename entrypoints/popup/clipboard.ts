/**
 * Puts text on the clipboard. Must run inside the click that asked for it (browsers want a user gesture);
 * falls back to a selected textarea and `copy` where the async clipboard is refused.
 */
export async function copyText(text: string, doc: Document = document): Promise<void> {
  try {
    await doc.defaultView!.navigator.clipboard.writeText(text);
  } catch (error) {
    const area = doc.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    doc.body.append(area);
    try {
      area.select();
      if (!doc.execCommand('copy')) throw error;
    } finally {
      area.remove();
    }
  }
}
