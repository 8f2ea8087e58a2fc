// What a reader chose on an indicator page — the ranking's year and vintage, the province
// compared — kept in the page's address, so a citation, a copied link and an exported image all
// open the view the reader saw (?y=2021&vt=63&c=63-56). Read from a hostile URL: anything not
// offered by the page is dropped.

export interface IndicatorPageState {
  /** The ranking's and map's year; null = the latest with data. */
  year: number | null;
  /** Their provinces, 63 or 34; null = the vintage of the year. */
  vintage: 63 | 34 | null;
  /** The province compared in the trend and marked in the ranking; '' = none. */
  compare: string;
}

export function readIndicatorState(
  params: URLSearchParams,
  offered: { years: readonly number[]; provinces: readonly string[] },
): Partial<IndicatorPageState> {
  const out: Partial<IndicatorPageState> = {};
  const y = params.get('y');
  if (y !== null && /^\d{4}$/.test(y) && offered.years.includes(Number(y))) out.year = Number(y);
  const vt = params.get('vt');
  if (vt === '63' || vt === '34') out.vintage = Number(vt) as 63 | 34;
  const c = params.get('c');
  if (c !== null && (c === '' || offered.provinces.includes(c))) out.compare = c;
  return out;
}

/**
 * The query of a state ('' for the page as it opens), in a fixed order. The province compared is
 * written when it is not the page's own default (`c=` for none chosen over a default one).
 */
export function writeIndicatorState(state: IndicatorPageState, defaultCompare = ''): string {
  const params = new URLSearchParams();
  if (state.year !== null) params.set('y', String(state.year));
  if (state.vintage !== null) params.set('vt', String(state.vintage));
  if (state.compare !== defaultCompare) params.set('c', state.compare);
  return params.toString();
}
