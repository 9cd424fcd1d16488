import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './chromium.ts';
import { openSite } from './page.ts';

const getBrowser = useBrowser();
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

describe('citable', () => {
  it('carries citation meta tags and a schema.org Dataset with the version, and prints the version in the footer', async () => {
    const { page, consoleErrors } = await openSite(getBrowser(), inject('siteUrl'));
    const meta = (name: string) => page.locator(`meta[name="${name}"]`).getAttribute('content');
    expect(await meta('citation_title')).toMatch(/^The Plasticity Window/);
    expect(await meta('citation_author')).toBe('The Plasticity Window team');
    expect(await meta('citation_publication_date')).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    expect(await meta('citation_version')).toBe(version);
    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent())!,
    );
    expect(jsonLd).toMatchObject({ '@type': 'Dataset', version });
    expect(await page.locator('.site-footer').textContent()).toContain(`version ${version}`);
    // The JSON-LD block is data, not a script the CSP would refuse.
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
