/**
 * Figures as files: a standalone SVG (computed styles written onto each element, since the
 * page's CSS does not travel with the file) with a title and a source line, and a PNG at
 * twice the screen resolution.
 */
import { m } from '../../paraglide/messages.js';

const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'paint-order',
];

export interface FigureOptions {
  title: string;
  source: string;
  /** The drawing's own size, in its units. */
  width: number;
  height: number;
  /** Selector of a group whose transform (the zoom) should be dropped. */
  resetTransformOf?: string;
  background: string;
  ink: string;
  /** "Cite: … version …, accessed …, <permalink>" (citeView.ts), under the source line. */
  citation?: string;
}

/**
 * Lines of at most `maxChars` for the figure's foot: breaks at spaces, and inside a word too
 * long for a line (a permalink). Each line keeps the space it broke at, so the lines joined
 * give back the text exactly.
 */
export function footLines(text: string, maxChars: number): string[] {
  const max = Math.max(8, Math.floor(maxChars));
  const lines: string[] = [];
  let line = '';
  for (const word of text.match(/\S+\s*/g) ?? []) {
    if (line && (line + word).trimEnd().length > max) {
      lines.push(line);
      line = '';
    }
    let rest = word;
    while (rest.trimEnd().length > max) {
      lines.push(rest.slice(0, max));
      rest = rest.slice(max);
    }
    line += rest;
  }
  if (line) lines.push(line);
  return lines;
}

const escapeXml = (text: string) =>
  text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

export function standaloneSvg(original: SVGSVGElement, options: FigureOptions): string {
  const clone = original.cloneNode(true) as SVGSVGElement;
  const from = [original, ...original.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  from.forEach((element, i) => {
    const computed = getComputedStyle(element);
    const target = to[i] as SVGElement;
    // Presentation attributes, not a style attribute: a page under a strict style policy
    // (see vite.config.ts) may not set one, even on a copy that never joins the page.
    for (const property of STYLE_PROPERTIES) {
      const value = computed.getPropertyValue(property);
      if (value) target.setAttribute(property, value);
    }
    target.removeAttribute('class');
    target.removeAttribute('tabindex');
  });
  if (options.resetTransformOf)
    clone.querySelector(options.resetTransformOf)?.removeAttribute('transform');

  // The title, the source and the citation wrap to the drawing's width (a phone's is narrow):
  // about 11 px a character at 20 px bold, 7 px at 12 px.
  const titleLines = footLines(options.title, (options.width - 32) / 11.5);
  const sourceLines = footLines(options.source, (options.width - 32) / 7);
  const cite = options.citation ? footLines(options.citation, (options.width - 32) / 7) : [];
  const top = 18 + 26 * titleLines.length;
  const bottom = 16 + 16 * (sourceLines.length + cite.length);
  // XMLSerializer, not innerHTML: HTML serialisation writes entities such as &nbsp; that
  // XML does not know, and the file would no longer open.
  const serializer = new XMLSerializer();
  const body = [...clone.childNodes].map((node) => serializer.serializeToString(node)).join('');
  const { width, height } = options;
  const lines = (texts: string[], step: number) =>
    texts
      .map((line) => `<tspan x="16" dy="${step}" xml:space="preserve">${escapeXml(line)}</tspan>`)
      .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height + top + bottom}" viewBox="0 ${-top} ${width} ${height + top + bottom}" font-family="system-ui, sans-serif">
<rect x="0" y="${-top}" width="${width}" height="${height + top + bottom}" fill="${options.background}"/>
<text x="16" y="${-top + 2}" font-size="20" font-weight="700" fill="${options.ink}">${lines(titleLines, 26)}</text>
<g>${body}</g>
<text x="16" y="${height + 6}" font-size="12" fill="${options.ink}">${lines(sourceLines, 16)}</text>${
    cite.length
      ? `\n<text class="figure-citation" x="16" y="${height + 6 + 16 * sourceLines.length}" font-size="12" fill="${options.ink}">${lines(cite, 16)}</text>`
      : ''
  }
</svg>`;
}

export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** An export that failed, with a message that says which step failed, for the reader. */
export class ExportError extends Error {}

/** Renders SVG text to a PNG at `scale` times its size (2: sharp on slides and retina screens). */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    image.src = url;
    await image.decode().catch(() => {
      throw new ExportError(m.export_err_read());
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(image.naturalWidth * scale);
    canvas.height = Math.ceil(image.naturalHeight * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new ExportError(m.export_err_canvas());
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) => {
      try {
        canvas.toBlob(
          (blob) =>
            blob
              ? resolve(blob)
              : reject(
                  new ExportError(
                    m.export_err_too_large({ width: canvas.width, height: canvas.height }),
                  ),
                ),
          'image/png',
        );
      } catch (error) {
        reject(new ExportError(m.export_err_refused({ error: String(error) })));
      }
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** What a failed export tells the reader: what was being made and what went wrong. */
export function exportFailure(what: string, error: unknown): string {
  const reason =
    error instanceof ExportError
      ? error.message
      : m.export_unexpected({ error: error instanceof Error ? error.message : String(error) });
  return m.export_failed({ what, reason });
}

/**
 * What a finished export tells the reader. A page can start a download but cannot see
 * whether the browser kept it; in a frame, the host's sandbox may silently block it.
 */
export function savedMessage(file: string, framed: boolean): string {
  return framed ? m.export_sent_framed({ file }) : m.export_saved({ file });
}

/** Whether the page runs inside a frame (where the host decides whether downloads work). */
export const isFramed = () => {
  try {
    return window.self !== window.top;
  } catch {
    return true;
  }
};
