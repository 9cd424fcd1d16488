import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './chromium.ts';
import { openSite } from './page.ts';

const getBrowser = useBrowser();

describe('content security policy', () => {
  it('runs under a policy that allows only its own origin and blocks injected inline script and style', async () => {
    const { page, consoleErrors } = await openSite(getBrowser(), inject('siteUrl'));
    await page.locator('.timeline-figure svg').first().waitFor();
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-eval');
    // Nor inline style: the page must also work under a host's strict policy (host-policy.test.ts).
    expect(policy).toContain("style-src 'self';");
    expect(consoleErrors).toEqual([]);

    const outcome = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
      const style = document.createElement('style');
      style.textContent = 'body { --injected: yes }';
      document.head.append(style);
      return {
        inline: (window as unknown as { __injected?: boolean }).__injected === true,
        style: getComputedStyle(document.body).getPropertyValue('--injected') !== '',
      };
    });
    // eval cannot be probed from here (the test driver's own evaluation is exempt from the
    // policy); the policy above never allows 'unsafe-eval'.
    expect(outcome).toEqual({ inline: false, style: false });
    await page.context().close();
  });
});
