// A box that scrolls (a wide table on a phone, a code example) must be reachable by keyboard, or
// its hidden part can never be read without a mouse (axe: scrollable-region-focusable, WCAG
// 2.1.1). The site's scrolling boxes share a few classes; while one of them actually scrolls it
// becomes a named, focusable region (arrow keys scroll it), and stops being one when it no longer
// does. Done once for the whole site from the root layout, so every table wrapper, present or
// added later by anyone, is covered without each component doing it.

/** The site's scrolling boxes (app.css `.scroll`, `.grid-scroll`) and code blocks. */
export const SCROLL_BOXES = '.scroll, .grid-scroll, pre';

export interface ScrollRegionNames {
  /** For a box without a table caption to name it. */
  table: string;
  code: string;
}

/** Whether a box's content is wider or taller than the box (with a pixel of rounding). */
export function scrolls(box: {
  scrollWidth: number;
  clientWidth: number;
  scrollHeight: number;
  clientHeight: number;
}): boolean {
  return box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1;
}

/** The region's name: its table's caption when it has one, else what kind of box it is. */
export function regionName(box: Element, names: ScrollRegionNames): string {
  if (box.tagName === 'PRE') return names.code;
  const caption = box.querySelector('caption')?.textContent?.replace(/\s+/g, ' ').trim();
  if (!caption) return names.table;
  return caption.length > 120 ? `${caption.slice(0, 120)}…` : caption;
}

const MARK = 'scrollRegion';

function update(box: HTMLElement, names: ScrollRegionNames): void {
  const mine = box.dataset[MARK] === 'auto';
  if (scrolls(box)) {
    // A box that is focusable already (given a tabindex by its component) is left as it is.
    if (!mine && box.hasAttribute('tabindex')) return;
    box.dataset[MARK] = 'auto';
    box.tabIndex = 0;
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', regionName(box, names));
  } else if (mine) {
    delete box.dataset[MARK];
    box.removeAttribute('tabindex');
    box.removeAttribute('role');
    box.removeAttribute('aria-label');
  }
}

/** Watch `root` for scrolling boxes (as they appear, resize or change); returns a stop function. */
export function watchScrollRegions(root: HTMLElement, names: () => ScrollRegionNames): () => void {
  const watched = new Set<HTMLElement>();
  const resized = new ResizeObserver((entries) => {
    for (const entry of entries) update(entry.target as HTMLElement, names());
  });
  let pending = 0;
  const scan = () => {
    pending = 0;
    // A box is looked at when first seen (observing it reports its size at once) and whenever
    // its size changes: reading layout on every change of the page would cost interactions.
    for (const box of root.querySelectorAll<HTMLElement>(SCROLL_BOXES)) {
      if (watched.has(box)) continue;
      watched.add(box);
      resized.observe(box);
    }
    for (const box of watched)
      if (!box.isConnected) {
        watched.delete(box);
        resized.unobserve(box);
      }
  };
  const later = () => {
    if (!pending) pending = requestAnimationFrame(scan);
  };
  const changed = new MutationObserver(later);
  changed.observe(root, { childList: true, subtree: true });
  scan();
  return () => {
    if (pending) cancelAnimationFrame(pending);
    changed.disconnect();
    resized.disconnect();
  };
}
