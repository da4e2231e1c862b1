/** One browser with the built extension and one test site per suite, started before its tests and closed after. */
import { afterAll, beforeAll } from 'vitest';
import { browserUnavailable, launchExtensionBrowser, type BrowserName, type ExtensionBrowser } from './browsers';
import { startTestSite, type TestSite } from './server';

export interface SuiteEnvironment {
  /** Why the browser cannot run here (the suite's tests then skip), or null. */
  readonly unavailable: string | null;
  readonly browser: ExtensionBrowser;
  readonly site: TestSite;
}

export function useExtensionBrowser(name: BrowserName): SuiteEnvironment {
  const unavailable = browserUnavailable(name);
  let browser: ExtensionBrowser | undefined;
  let site: TestSite | undefined;
  beforeAll(async () => {
    if (unavailable) return;
    site = await startTestSite();
    browser = await launchExtensionBrowser(name);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    unavailable,
    get browser() {
      if (!browser) throw new Error(`${name} is not running`);
      return browser;
    },
    get site() {
      if (!site) throw new Error('The test site is not running');
      return site;
    },
  };
}
