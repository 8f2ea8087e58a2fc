// The cividis colour ramp (perceptually uniform, readable with colour-vision deficiencies), as
// d3-scale-chromatic defines it (ISC licence, © Mike Bostock). Written here because the package
// as installed is one pre-bundled module: importing its one function shipped every scheme.

/** Colour at t ∈ [0, 1] (clamped), as an `rgb(r, g, b)` string. */
export function interpolateCividis(t: number): string {
  t = Math.max(0, Math.min(1, t));
  const channel = (v: number) => Math.max(0, Math.min(255, Math.round(v)));
  const r = -4.54 - t * (35.34 - t * (2381.73 - t * (6402.7 - t * (7024.72 - t * 2710.57))));
  const g = 32.49 + t * (170.73 + t * (52.82 - t * (131.46 - t * (176.58 - t * 67.37))));
  const b = 81.24 + t * (442.36 - t * (2482.43 - t * (6167.24 - t * (6614.94 - t * 2475.67))));
  return `rgb(${channel(r)}, ${channel(g)}, ${channel(b)})`;
}
