import { defineConfig } from 'wxt';

/** Firefox needs a fixed add-on id and a data-collection declaration; this extension collects nothing. */
export const GECKO_ID = 'health-article-outline@clearmind.example';

/**
 * Public key of the e2e build only, so tests know the extension's Chromium id in advance (the id is derived
 * from it). No private key exists: unpacked extensions do not need one. The shipped build has no key.
 */
export const E2E_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAzsiQCEnm3OcfBvf6Y1i85KvLGBzNH29N37/BKFsJvQ2AmdHLJxb1Oomt4tLBo0RzYdyaX5ZoXMjwXIZ/LF7m7od7oF0WhB9NnooaTfp8rqmkDleVGC7PvjetFwk1hM7n63l5xsX6NM04tA6Q9NzdfCm5Zny30Hk+V5NAAy6xS0W6fBjiRI+kByNIOMLvtME+MRrN/LG6UFLxAB55hUTHqYCA7dvPabnk/iws0DlVdRES5YLhYKt/RXQFPw/j4C6GickgOyFE8IkrDKUZo1jX8GXw5hYB/9TnllX0GswMyLKs6ZLpXVao5j5bJx3Kz6/KSAx7ZhpVW0jIg9marFj0NQIDAQAB';

/** Entrypoints named `e2e-…` are yardsticks for tests and benchmarks, built into the e2e build only. */
const E2E_ONLY_ENTRYPOINT = /^e2e-/;

/**
 * The extension pages' CSP in every built extension (shipped and e2e): the browser itself refuses any
 * connection (fetch, XHR, WebSocket, beacons, EventSource) from the popup, the reader, the options page and the
 * background. The reader shows the article's images, so images may come from the web (and data: URLs); nothing
 * else loads from anywhere but the extension. `wxt dev` keeps WXT's own CSP: its reload server needs a
 * connection to localhost.
 */
export const EXTENSION_PAGES_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: http: https:",
  "connect-src 'none'",
  "object-src 'none'",
  "form-action 'none'",
].join('; ');

/** What the sources zip holds: everything `npm ci && npm run build:firefox` needs, and the documents. */
const SOURCES = ['package.json', 'package-lock.json', 'tsconfig.json', 'wxt.config.ts', 'entrypoints/**', 'lib/**', 'utils/**', 'public/**', 'assets/**', 'README.md', 'PRIVACY.md', 'CHANGELOG.md'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // `npm run zip` names each zip with package.json's version, which is also both manifests' version.
  zip: { includeSources: SOURCES },
  hooks: {
    'entrypoints:found': (wxt, entrypoints) => {
      if (wxt.config.mode === 'e2e') return;
      const shipped = entrypoints.filter((entrypoint) => !E2E_ONLY_ENTRYPOINT.test(entrypoint.name));
      entrypoints.splice(0, entrypoints.length, ...shipped);
    },
  },
  manifest: ({ browser, mode, command }) => ({
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    // activeTab: read the page the user clicked on, and nothing else. scripting: inject the analyzer then.
    // storage: remember the user's choices. contextMenus: the page menu's "Open in reader view". No host
    // permissions: the e2e build alone may script the local test server, because tests cannot click the
    // toolbar button that grants activeTab.
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    // A shortcut grants activeTab for the tab it is pressed on, like the toolbar button. Chromium refuses to
    // assign Alt+Shift+R to an extension (it stays unset), so Chromium-based browsers suggest Alt+Shift+E.
    commands: {
      'toggle-reader': {
        suggested_key: { default: browser === 'firefox' ? 'Alt+Shift+R' : 'Alt+Shift+E' },
        description: '__MSG_readerCommand__',
      },
    },
    ...(command === 'build' ? { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP } } : {}),
    // (file:///* too, so the tests can open saved pages where the browser allows file access.)
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*', 'file:///*'], ...(browser === 'firefox' ? {} : { key: E2E_PUBLIC_KEY }) } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // data_collection_permissions needs Firefox 140 on desktop and 142 on Android.
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
