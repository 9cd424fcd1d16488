/**
 * The offline copy's Content-Security-Policy. Everything in it is inline by design, so the
 * policy names each inline script and stylesheet by its hash, and allows nothing else: no
 * other script or style, no network, no plugin. Pure: HTML in, HTML with the policy out.
 */
import { createHash } from 'node:crypto';

/** `'sha256-…'` of an inline element's text, as the browser hashes it (after the parser's CRLF → LF). */
export function hashSource(text: string): string {
  const parsed = text.replace(/\r\n?/g, '\n');
  return `'sha256-${createHash('sha256').update(parsed, 'utf8').digest('base64')}'`;
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

/**
 * The page taken apart as the HTML parser reads it: the text of each inline script that runs
 * (a data block such as JSON-LD does not, and a script with src has no text), the text of each
 * <style>, and the markup left around them. Scripts first, so a "<style>" inside one is code.
 */
function inlineParts(html: string) {
  const scripts: string[] = [];
  const withoutScripts = html.replace(SCRIPT, (_, attributes: string, text: string) => {
    if (!/\bsrc=/.test(attributes) && !/\btype="application\/(ld\+)?json"/.test(attributes))
      scripts.push(text);
    return '';
  });
  const styles: string[] = [];
  const markup = withoutScripts.replace(STYLE, (_, text: string) => {
    styles.push(text);
    return '';
  });
  return { scripts, styles, markup };
}

export interface OfflinePolicyOptions {
  /** An origin frames may load (the published site the Embed dialog previews), if any. */
  frameOrigin?: string | null;
}

export function offlinePolicy(html: string, options: OfflinePolicyOptions = {}): string {
  const { scripts, styles } = inlineParts(html);
  if (scripts.length === 0) throw new Error('offline policy: the page has no inline script');
  return [
    "default-src 'none'",
    `script-src ${[...new Set(scripts.map(hashSource))].join(' ')}`,
    `style-src ${[...new Set(styles.map(hashSource))].join(' ') || "'none'"}`,
    // The icon is a data: address; a PNG export draws the figure through a blob: image.
    'img-src data: blob:',
    `frame-src ${options.frameOrigin ?? "'none'"}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * Puts the policy first in <head>, before anything it governs. Refuses markup that no hash
 * can allow (a style attribute, an inline event handler), naming it.
 */
export function withOfflinePolicy(html: string, options: OfflinePolicyOptions = {}): string {
  const unhashable = /<[a-z][^>]*\s(style|on[a-z]+)=["']/i.exec(inlineParts(html).markup);
  if (unhashable) {
    throw new Error(
      `offline policy: a ${unhashable[1]} attribute in the HTML cannot be allowed by a hash: ${unhashable[0]}`,
    );
  }
  const meta = `<meta http-equiv="Content-Security-Policy" content="${offlinePolicy(html, options)}" />`;
  if (!html.includes('<meta charset="UTF-8" />'))
    throw new Error('offline policy: no <meta charset="UTF-8" /> to put the policy after');
  return html.replace('<meta charset="UTF-8" />', () => `<meta charset="UTF-8" />\n    ${meta}`);
}
