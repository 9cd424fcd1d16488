/**
 * `npx tsx scripts/screenshots.ts [outdir] [query]`: serves dist/ and saves screenshots at
 * phone, laptop and projector sizes, for a person to look at after a visible change.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { findChromium, launchChromium } from '../tests/e2e/chromium.ts';
import { startStaticServer, SUB_PATH } from '../tests/e2e/static-server.ts';
import { useThePage } from '../tests/e2e/page.ts';

const out = resolve(process.argv[2] ?? 'screenshots');
const query = process.argv[3] ?? '';
mkdirSync(out, { recursive: true });
const { server, origin } = await startStaticServer(resolve(import.meta.dirname, '../dist'));
const browser = await launchChromium(findChromium());
const sizes = [
  { name: 'phone', width: 375, height: 667 },
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'projector', width: 1920, height: 1080 },
];
for (const size of sizes) {
  const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
  await page.goto(`${origin}${SUB_PATH}${query}`, { waitUntil: 'networkidle' });
  await useThePage(page); // so the views below the first screen are drawn
  await page.locator('.timeline-figure svg').first().waitFor();
  await page.screenshot({ path: `${out}/${size.name}.png` });
  const views = page.locator('section.view');
  for (let i = 0; i < (await views.count()); i++) {
    await views.nth(i).screenshot({ path: `${out}/${size.name}-view${i + 1}.png` });
  }
  await page.close();
}
await browser.close();
server.close();
console.log(`screenshots in ${out}`);
