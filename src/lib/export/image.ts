// The browser's part of an exported image: the chart drawn from its figure (render.ts), the
// page's font embedded and text measured with it, the SVG composed (standalone.ts, pure), then
// PNG; and saving a file. Called from click handlers only, never at module load (pages are
// prerendered).
import type { Locale } from '../domain/types.ts';
import type { DrawnFigure } from '../figure/types.ts';
import { renderFigure } from './render.ts';
import {
  composeStandalone,
  DEFAULT_PALETTE,
  type Measure,
  type Palette,
  type StandaloneInput,
} from './standalone.ts';

/** The site's colours as the page's stylesheet sets them (its CSS variables). */
function paletteOf(root: Element = document.documentElement): Palette {
  const css = getComputedStyle(root);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    ink: v('--ink', DEFAULT_PALETTE.ink),
    muted: v('--ink-muted', DEFAULT_PALETTE.muted),
    paper: v('--paper', DEFAULT_PALETTE.paper),
    rule: v('--rule', DEFAULT_PALETTE.rule),
    target: v('--target', DEFAULT_PALETTE.target),
    goodZone: v('--good-zone', DEFAULT_PALETTE.goodZone),
    band: v('--band', DEFAULT_PALETTE.band),
    met: v('--status-met', DEFAULT_PALETTE.met),
    notMet: v('--status-not-met', DEFAULT_PALETTE.notMet),
  };
}

let fontCssCache: Promise<string> | null = null;

/** The page's own font as @font-face rules with the files inlined, so the image renders with it. */
function embeddedFontCss(family = 'Be Vietnam Pro'): Promise<string> {
  fontCssCache ??= (async () => {
    const rules: CSSFontFaceRule[] = [];
    for (const sheet of document.styleSheets) {
      let list: CSSRuleList;
      try {
        list = sheet.cssRules;
      } catch {
        continue;
      }
      for (const rule of list)
        if (
          rule instanceof CSSFontFaceRule &&
          rule.style.getPropertyValue('font-family').replace(/['"]/g, '').trim() === family
        )
          rules.push(rule);
    }
    const out: string[] = [];
    for (const rule of rules) {
      const css = rule.cssText;
      const url = css.match(/url\(["']?([^"')]+\.woff2)["']?\)/)?.[1];
      if (!url) continue;
      // The file's URL is relative to its stylesheet, not to the page.
      const base = rule.parentStyleSheet?.href ?? document.baseURI;
      const response = await fetch(new URL(url, base));
      if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000)
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      const weight = css.match(/font-weight:\s*(\d+)/)?.[1] ?? '400';
      const range = css.match(/unicode-range:\s*([^;}]+)/)?.[1]?.trim();
      out.push(
        `@font-face{font-family:'${family}';font-style:normal;font-weight:${weight};src:url(data:font/woff2;base64,${btoa(binary)}) format('woff2');${range ? `unicode-range:${range};` : ''}}`,
      );
    }
    return out.join('');
  })().catch(() => '');
  return fontCssCache;
}

/** Text measurement with the font the image is drawn in (or the widest fallback when not embedded). */
async function canvasMeasure(embedded: boolean, samples: string[]): Promise<Measure> {
  const families = embedded
    ? ["'Be Vietnam Pro'"]
    : ["'Be Vietnam Pro'", "'DejaVu Sans'", 'Arial', 'sans-serif'];
  for (const weight of [400, 600])
    for (const size of [11, 12, 13, 18])
      await document.fonts
        ?.load(`${weight} ${size}px 'Be Vietnam Pro'`, samples.join(' '))
        .catch(() => undefined);
  const ctx = document.createElement('canvas').getContext('2d');
  return (text, size, weight) => {
    if (!ctx) return text.length * size * 0.62;
    let widest = 0;
    for (const f of families) {
      ctx.font = `${weight} ${size}px ${f}`;
      widest = Math.max(widest, ctx.measureText(text).width);
    }
    // A little room for rounding and hinting differences between renderers.
    return widest * 1.03 + 1;
  };
}

/** The standalone SVG of a figure: its chart drawn from the model, with the model's legend. */
export async function figureToSvg(
  figure: DrawnFigure,
  locale: Locale,
  text: Omit<StandaloneInput, 'chart'>,
): Promise<{ svg: string; width: number; height: number }> {
  const chart = await renderFigure(figure, locale);
  const fontCss = await embeddedFontCss();
  const measure: Measure = await canvasMeasure(fontCss !== '', [
    text.title,
    text.subtitle,
    ...text.sources,
    ...text.footer,
    ...text.legend.map((l) => l.label),
  ]);
  return composeStandalone({ ...text, chart, palette: paletteOf(), fontCss }, measure);
}

export function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
    image.onload = async () => {
      // Embedded fonts are decoded with the image; decode() waits for them before drawing.
      await image.decode().catch(() => undefined);
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
