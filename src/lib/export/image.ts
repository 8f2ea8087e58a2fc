// SVG and PNG of a chart, with its title, source line and date inside the image. Browser only:
// called from click handlers, never at module load (pages are prerendered).

const STYLE_PROPS = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'font-size',
  'font-weight',
  'font-family',
  'text-anchor',
  'dominant-baseline',
] as const;

/** Copy the computed styles that matter onto the clone, so the file renders outside the page. */
function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  const style = STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
  target.setAttribute('style', style);
  for (let i = 0; i < source.children.length; i++) {
    const s = source.children[i];
    const t = target.children[i];
    if (s && t) inlineStyles(s, t);
  }
}

const escapeXml = (s: string) =>
  s.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

export function chartToSvg(
  svg: SVGSVGElement,
  text: { title: string; source: string; date: string },
): { svg: string; width: number; height: number } {
  const [, , w = 720, h = 360] = (svg.getAttribute('viewBox') ?? '0 0 720 360')
    .split(/\s+/)
    .map(Number);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  clone.querySelectorAll('.tooltip').forEach((n) => n.remove());
  const header = 36;
  const footer = 30;
  const width = w;
  const height = h + header + footer;
  const inner = new XMLSerializer()
    .serializeToString(clone)
    .replace(/^<svg[^>]*>/, '')
    .replace(/<\/svg>$/, '');
  const out = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Be Vietnam Pro, DejaVu Sans, sans-serif">
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="12" y="24" font-size="16" font-weight="600" fill="#1d2430">${escapeXml(text.title)}</text>
<g transform="translate(0,${header})">${inner}</g>
<text x="12" y="${height - 10}" font-size="11" fill="#4f5b6b">${escapeXml(`${text.source} · ${text.date}`)}</text>
</svg>`;
  return { svg: out, width, height };
}

export function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = width * scale;
      canvas.height = height * scale;
      const ctx = canvas.getContext('2d');
      if (!ctx) return reject(new Error('No canvas'));
      ctx.scale(scale, scale);
      ctx.drawImage(image, 0, 0, width, height);
      URL.revokeObjectURL(url);
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))),
        'image/png',
      );
    };
    image.onerror = () => reject(new Error('The chart could not be rendered as an image'));
    image.src = url;
  });
}

export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
