// Direct labels beside the last value of each line: nudged apart so none overlaps another, kept
// inside the plot. Pure, so the page and the exported image place them alike.

/**
 * Positions for labels wanted at `ys` (pixels, any order): the same order back, each at least
 * `gap` from the next, inside [top, bottom] when they fit, moved as little as possible.
 */
export function spreadLabels(
  ys: readonly number[],
  gap: number,
  top: number,
  bottom: number,
  /** Fixed texts to keep clear of (a target's label), by their y. */
  avoid: readonly number[] = [],
) {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = order.map((o) => o.y);
  const fixed = [...avoid].sort((a, b) => a - b);
  const clear = (y: number) => {
    for (const o of fixed) if (Math.abs(y - o) < gap) y = o + gap;
    return y;
  };
  for (let k = 0; k < placed.length; k++)
    placed[k] = clear(k === 0 ? placed[k]! : Math.max(placed[k]!, placed[k - 1]! + gap));
  // Pushed past the bottom: move the block up, never above the top.
  const overflow = (placed.at(-1) ?? bottom) - bottom;
  if (overflow > 0)
    for (let k = placed.length - 1; k >= 0; k--) {
      const next = k === placed.length - 1 ? bottom : placed[k + 1]! - gap;
      placed[k] = Math.max(top, Math.min(placed[k]!, next));
    }
  const out: number[] = new Array(ys.length);
  order.forEach((o, k) => (out[o.i] = placed[k]!));
  return out;
}
