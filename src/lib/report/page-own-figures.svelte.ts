// The user's own figures as a province page reads them: the one place the pages use the kept-uploads
// store (OwnLayer: every kept year and period of the province, followed across tabs).
// Read in the browser once the page is shown (the prerendered page never sees them).
import type { Conflict } from '../import/merge.ts';
import type { KeptUploads } from '../import/kept-uploads.svelte.ts';
import type { KeptUpload, SavedUpload } from '../import/storage.ts';
import type { UserValue } from '../import/validate.ts';
import { OwnLayer } from './own-layer.svelte.ts';

/** What a page of one province and year draws of the user's figures. */
export interface OwnFiguresInput {
  kept: SavedUpload;
  /** Values of this province (every year: a page keeps those up to its year). */
  values: UserValue[];
  files: string[];
  conflicts: Conflict[];
}

export class PageOwnFigures {
  readonly #layer: OwnLayer;

  constructor(areaId: () => string, layer: OwnLayer = new OwnLayer(areaId)) {
    this.#layer = layer;
  }

  /** Reads the store and follows other tabs; returns the stop (for onMount). */
  watch(): () => void {
    return this.#layer.watch();
  }

  /** The kept uploads (the list a page shows, each deletable). */
  get uploads(): KeptUploads {
    return this.#layer.list;
  }

  /** The figures kept for this province (for the page of `year`), or null when there are none. */
  of(areaId: string, _year: number): OwnFiguresInput | null {
    const kept = this.#layer.kept;
    const values = this.#layer.valuesOf(areaId);
    if (!kept || !values.length) return null;
    return { kept, values, files: kept.files, conflicts: kept.conflicts };
  }

  /** The user deleted the figures from this page. */
  get deleted(): boolean {
    return this.#layer.deleted;
  }

  /** Deletes one upload, or every annual upload kept for the page's province. */
  remove(upload?: KeptUpload): Promise<void> {
    return this.#layer.remove(upload);
  }
}
