// The lookup a download needs (units, sources by publisher and title), read from the site's own
// stable downloads (indicators.csv, sources.csv) when a file is asked for, once per page, so
// every page's download buttons get them without the page shipping them.
import {
  createLookup,
  type ExportLookup,
  type IndicatorInfo,
  type SourceInfo,
} from '../figure/lookup.ts';

export type { ExportLookup } from '../figure/lookup.ts';

let cached: Promise<ExportLookup> | null = null;

/** Load the lookup from the site's downloads (browser); failures are reported, not papered over. */
export function loadLookup(urls: { indicators: string; sources: string }): Promise<ExportLookup> {
  cached ??= (async () => {
    const { default: Papa } = await import('papaparse');
    const read = async <T>(url: string): Promise<T[]> => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      const text = (await response.text()).replace(/^\uFEFF/, '');
      return Papa.parse<T>(text, { header: true, skipEmptyLines: true }).data;
    };
    const [indicators, sources] = await Promise.all([
      read<IndicatorInfo>(urls.indicators),
      read<SourceInfo>(urls.sources),
    ]);
    return createLookup(indicators, sources);
  })();
  cached.catch(() => (cached = null));
  return cached;
}
