/**
 * Figures as files: a standalone SVG (styles inlined, since the page's CSS does not travel
 * with the file) with a title and a source line, and a PNG at twice the screen resolution.
 */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
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
    const style = STYLE_PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
    target.setAttribute('style', style);
    target.removeAttribute('class');
    target.removeAttribute('tabindex');
  });
  if (options.resetTransformOf)
    clone.querySelector(options.resetTransformOf)?.removeAttribute('transform');

  const top = 44;
  const bottom = 32;
  const body = clone.innerHTML;
  const { width, height } = options;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height + top + bottom}" viewBox="0 ${-top} ${width} ${height + top + bottom}" font-family="system-ui, sans-serif">
<rect x="0" y="${-top}" width="${width}" height="${height + top + bottom}" fill="${options.background}"/>
<text x="16" y="${-top + 28}" font-size="20" font-weight="700" fill="${options.ink}">${escapeXml(options.title)}</text>
<g>${body}</g>
<text x="16" y="${height + bottom - 10}" font-size="12" fill="${options.ink}">${escapeXml(options.source)}</text>
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

/** Renders SVG text to a PNG at `scale` times its size (2: sharp on slides and retina screens). */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(image.naturalWidth * scale);
    canvas.height = Math.ceil(image.naturalHeight * scale);
    const context = canvas.getContext('2d')!;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
