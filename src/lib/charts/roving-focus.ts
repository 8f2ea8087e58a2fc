// One Tab stop per chart. A chart's focusable marks ([data-mark]) share a roving tabindex: Tab
// enters the chart once (at the mark last visited) and leaves it with the next Tab; the arrow
// keys, Home and End move between its values. Without it a map or a ranking of 63 provinces is
// 63 Tab stops. A Svelte action on the chart's root; DOM only, so every chart behaves the same.

const MARK = '[data-mark]';

export function rovingFocus(root: Element): { destroy(): void } {
  let current: Element | null = null;
  const marks = () => [...root.querySelectorAll<HTMLElement | SVGElement>(MARK)];

  // Exactly one mark can be reached by Tab: the last focused one while it exists, else the first.
  const normalise = () => {
    const all = marks();
    if (!all.length) return;
    if (!current || !all.includes(current as HTMLElement)) current = all[0]!;
    for (const m of all) m.setAttribute('tabindex', m === current ? '0' : '-1');
  };

  const onFocusIn = (e: Event) => {
    const mark = (e.target as Element).closest(MARK);
    if (mark && root.contains(mark) && mark !== current) {
      current = mark;
      normalise();
    }
  };

  const onKeyDown = (e: Event) => {
    const key = (e as KeyboardEvent).key;
    const all = marks();
    const i = all.indexOf(document.activeElement as HTMLElement);
    if (i < 0) return;
    const next =
      key === 'ArrowRight' || key === 'ArrowDown'
        ? Math.min(i + 1, all.length - 1)
        : key === 'ArrowLeft' || key === 'ArrowUp'
          ? Math.max(i - 1, 0)
          : key === 'Home'
            ? 0
            : key === 'End'
              ? all.length - 1
              : null;
    if (next === null) return;
    e.preventDefault();
    all[next]!.focus();
  };

  normalise();
  // Marks are added and removed as the chart redraws (keyed updates): keep one Tab stop.
  const observer = new MutationObserver(normalise);
  observer.observe(root, { childList: true, subtree: true });
  root.addEventListener('focusin', onFocusIn);
  root.addEventListener('keydown', onKeyDown);
  return {
    destroy() {
      observer.disconnect();
      root.removeEventListener('focusin', onFocusIn);
      root.removeEventListener('keydown', onKeyDown);
    },
  };
}
