import { describe, expect, inject, it } from 'vitest';
import { findingsForNode } from '../../src/lib/model/graph.ts';
import { realData } from '../unit/realData.ts';
import { useBrowser } from './chromium.ts';

const getBrowser = useBrowser();
const data = realData();

describe('printing a handout', () => {
  it('keeps the diagram, legend and references and drops the controls', async () => {
    const page = await getBrowser().newPage({ viewport: { width: 1000, height: 800 } });
    await page.goto(`${inject('siteUrl')}?compound=psilocybin&focus=node:spines`, {
      waitUntil: 'networkidle',
    });
    await page.locator('.timeline-figure svg').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    const visible = (selector: string) => page.locator(selector).first().isVisible();
    expect(await visible('.diagram-frame svg')).toBe(true);
    expect(await visible('.legend')).toBe(true);
    expect(await visible('.detail h3')).toBe(true);
    expect(await visible('.zoom-controls')).toBe(false);
    expect(await visible('.evidence-filters')).toBe(false);
    // The references stand in for the table: each study behind the matching findings once.
    const studies = (node: string) => new Set(findingsForNode(data, node).map((f) => f.study)).size;
    expect(await visible('.view.evidence table')).toBe(false);
    await expect.poll(() => page.locator('.print-references li').count()).toBe(studies('spines'));
    // With nothing selected, every study in the dataset.
    await page.goto(`${inject('siteUrl')}`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('.print-references li').count()).toBe(data.studies.length);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.close();
  });
});
