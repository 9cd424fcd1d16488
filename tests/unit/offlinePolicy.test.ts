import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashSource, offlinePolicy, withOfflinePolicy } from '../../scripts/offline-policy.ts';
import { citationFacts } from '../../vite.config.ts';

// sha256 of "alert(1)\n", base64 (as `openssl dgst -sha256 -binary | base64` gives it).
const ALERT = "'sha256-MaeD7tQk/YNyd6Pm9J12ROmv0Z93QwNN4VH7v3gI+RI='";
const page = (head: string, body = '') =>
  `<!doctype html><html><head><meta charset="UTF-8" />${head}</head><body>${body}</body></html>`;

describe('hashSource', () => {
  it.each([
    { text: 'alert(1)\n', expected: ALERT },
    // The HTML parser turns CRLF and lone CR into LF before the browser hashes the text.
    { text: 'alert(1)\r\n', expected: ALERT },
    { text: 'alert(1)\r', expected: ALERT },
  ])('$text', ({ text, expected }) => expect(hashSource(text)).toBe(expected));
});

describe('offlinePolicy', () => {
  it.each([
    {
      name: 'hashes an inline module script and a style',
      html: page('<script type="module">alert(1)\n</script><style>p{}</style>'),
      contains: [`script-src ${ALERT};`, `style-src ${hashSource('p{}')};`, "default-src 'none'"],
    },
    {
      name: 'leaves out data blocks and scripts with src',
      html: page(
        '<script type="application/ld+json">{}</script><script src="x.js"></script><script>alert(1)\n</script>',
      ),
      contains: [`script-src ${ALERT};`],
    },
    {
      name: 'reads a "<style>" inside a script as code, not a stylesheet',
      html: page('<script>alert(1)\n</script>', '<script>x("<style>a{}</style>")</script>'),
      contains: ["style-src 'none'"],
    },
    {
      name: 'allows no frames unless an origin is given',
      html: page('<script>alert(1)\n</script>'),
      contains: ["frame-src 'none'", 'img-src data: blob:', "base-uri 'none'"],
    },
  ])('$name', ({ html, contains }) => {
    const policy = offlinePolicy(html);
    for (const part of contains) expect(policy).toContain(part);
    expect(policy).not.toContain('unsafe');
  });

  it('lets frames load the published site when one is configured', () => {
    expect(
      offlinePolicy(page('<script>alert(1)\n</script>'), {
        frameOrigin: 'https://school.example.org',
      }),
    ).toContain('frame-src https://school.example.org;');
  });
});

describe('withOfflinePolicy', () => {
  it('puts the policy right after the charset, before what it governs', () => {
    const html = withOfflinePolicy(page('<script>alert(1)\n</script>'));
    expect(html.indexOf('Content-Security-Policy')).toBeGreaterThan(html.indexOf('charset'));
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script>'));
  });

  it.each([
    { markup: '<div style="color:red">x</div>', named: 'style attribute' },
    { markup: '<button onclick="go()">x</button>', named: 'onclick attribute' },
  ])('refuses a $named, which no hash can allow', ({ markup, named }) => {
    expect(() => withOfflinePolicy(page('<script>alert(1)\n</script>', markup))).toThrow(named);
  });
});

describe('the published site in CITATION.cff', () => {
  const withCff = (url: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'plasticity-cff-'));
    writeFileSync(join(dir, 'CITATION.cff'), `title: 'T'\nurl: '${url}'\n`);
    writeFileSync(join(dir, 'package.json'), '{"version":"1.0.0","description":"d"}');
    try {
      return citationFacts(dir).url;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  it('is read from `url`', () => {
    expect(withCff('https://school.example.org/plasticity/')).toBe(
      'https://school.example.org/plasticity/',
    );
  });
  it('is none when the file names none', () => {
    expect(citationFacts(resolve(import.meta.dirname, '../..')).url).toBeNull();
  });
  it('must be a web address, named in the error', () => {
    expect(() => withCff('file:///home/teacher/site/')).toThrow(
      'CITATION.cff url: "file:///home/teacher/site/" is not an http(s) address',
    );
  });
});
