/** The user's remembered choices, kept in the browser's local extension storage (never synced, never sent). */
import { storage } from 'wxt/utils/storage';
import type { OutlineFormat } from '../lib/output/format';

/** How "Copy outline" formats the outline; the popup remembers the last choice. */
export const copyFormatSetting = storage.defineItem<OutlineFormat>('local:copyFormat', { fallback: 'markdown' });
