/**
 * "No network requests of its own" is enforced by the browser: the extension pages' CSP (wxt.config.ts, the
 * same in the e2e build as in the shipped one) refuses every kind of connection, and lets images load, which
 * the reader needs for the article's pictures.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserName } from './support/browsers';
import { useExtensionBrowser } from './support/suite';

describe.each<BrowserName>(['chromium', 'firefox'])('extension page CSP in %s', (name) => {
  const session = useExtensionBrowser(name);

  it.skipIf(session.unavailable)('refuses fetch, XHR, WebSocket, EventSource and beacons from an extension page, and still loads images', async () => {
    const { browser, site } = session;
    const page = await browser.openExtensionPage('options.html');
    const outcome = await page.evaluate(async (origin) => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.effectiveDirective} ${new URL(event.blockedURI).pathname}`));
      const refused = (start: (done: () => void, failed: () => void) => void) =>
        new Promise<string>((resolve) => {
          try {
            start(() => resolve('connected'), () => resolve('refused'));
          } catch {
            resolve('refused');
          }
        });
      const attempts = {
        fetch: await refused((done, failed) => void fetch(`${origin}/hit?vector=csp-fetch`).then(done, failed)),
        xhr: await refused((done, failed) => {
          const request = new XMLHttpRequest();
          request.open('GET', `${origin}/hit?vector=csp-xhr`);
          request.onload = done;
          request.onerror = failed;
          request.send();
        }),
        webSocket: await refused((done, failed) => {
          const socket = new WebSocket(`${origin.replace('http', 'ws')}/hit?vector=csp-websocket`);
          socket.onopen = done;
          socket.onerror = failed;
        }),
        eventSource: await refused((done, failed) => {
          const source = new EventSource(`${origin}/hit?vector=csp-eventsource`);
          source.onopen = done;
          source.onerror = () => {
            source.close();
            failed();
          };
        }),
        image: await refused((done, failed) => {
          const image = new Image();
          image.onload = done;
          image.onerror = failed;
          image.src = `${origin}/hostile/chart.svg?csp-image`;
        }),
      };
      navigator.sendBeacon(`${origin}/hit?vector=csp-beacon`, 'x');
      // Violation reports are queued as tasks: let them arrive.
      await new Promise((resolve) => setTimeout(resolve, 500));
      return { attempts, violations: violations.sort() };
    }, site.origin);
    expect(outcome.attempts).toEqual({ fetch: 'refused', xhr: 'refused', webSocket: 'refused', eventSource: 'refused', image: 'connected' });
    expect(outcome.violations).toEqual(['connect-src /hit', 'connect-src /hit', 'connect-src /hit', 'connect-src /hit', 'connect-src /hit']);
    // The test site heard the image request, and nothing else.
    expect(site.hits()).toEqual([]);
    expect(site.requests.filter((url) => url.includes('csp-'))).toEqual(['/hostile/chart.svg?csp-image']);
    await page.close();
  });
});
