// Explore's "figures you loaded": whether to draw them, and the values kept in this browser for
// the chosen provinces (read from its own storage, followed across tabs; never sent, never put in
// the page's link: another reader of the link has no such figures).
import { browserUploadStore } from '../import/browser-storage.ts';
import { KeptUploads } from '../import/kept-uploads.svelte.ts';
import type { UploadStore } from '../import/storage.ts';
import type { UserValue } from '../import/validate.ts';
import type { ExploreState } from './url-state.ts';

const distinct = (items: readonly string[]) => items.filter((x, i) => items.indexOf(x) === i);

export class ExploreOwnFigures {
  readonly list: KeptUploads;
  /** The reader asked to see them. */
  on = $state(false);

  constructor(makeStore: () => UploadStore = browserUploadStore) {
    this.list = new KeptUploads(makeStore);
  }

  /** Reads what is kept and follows other tabs; returns the stop (for onMount). */
  watch(): () => void {
    const stop = this.list.watch();
    return () => {
      stop();
      this.list.store.close();
    };
  }

  /** Something is kept in this browser (the toggle is offered only then). */
  get any(): boolean {
    return this.list.uploads.length > 0;
  }

  /** The annual values kept for these areas (values in conflict between files left out). */
  valuesOf(areaIds: readonly string[]): UserValue[] {
    return areaIds.flatMap((id) => this.list.figuresOf(id).values);
  }

  /**
   * What a view draws of them, when asked: a trend the chosen areas' values, a ranking or map every
   * kept province's (shown beside it); a table and a view with the switch off, none.
   */
  valuesFor(view: Pick<ExploreState, 'view' | 'areas'>): UserValue[] | null {
    if (!this.on || view.view === 'table') return null;
    return view.view === 'trend' ? this.valuesOf(view.areas) : this.allValues();
  }

  /** The annual values kept for every province (a ranking shows the reader's beside it). */
  allValues(): UserValue[] {
    return this.valuesOf(distinct(this.list.uploads.map((u) => u.slot.areaId)));
  }

  /** The files the values of these areas come from. */
  filesOf(areaIds: readonly string[]): string[] {
    return distinct(areaIds.flatMap((id) => this.list.figuresOf(id).files));
  }
}
