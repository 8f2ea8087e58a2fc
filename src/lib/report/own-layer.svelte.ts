// The user's own figures on a prerendered page: read from this browser's IndexedDB when the page
// mounts (no network, no database engine), shown as a layer of their own, deletable from here.
import { browserStorage, type SavedUpload } from '../import/storage.ts';
import type { UploadStorage } from '../import/upload-state.svelte.ts';

export class OwnLayer {
  /** What the browser keeps (null: nothing, or not read yet). */
  kept: SavedUpload | null = $state.raw(null);
  loaded = $state(false);
  deleted = $state(false);

  constructor(private readonly storage: UploadStorage = browserStorage) {}

  async load(): Promise<void> {
    try {
      this.kept = (await this.storage.load()) ?? null;
    } catch {
      // No IndexedDB (a private window, a blocked store): the page is the official page.
      this.kept = null;
    }
    this.loaded = true;
  }

  async remove(): Promise<void> {
    await this.storage.remove();
    this.kept = null;
    this.deleted = true;
  }

  /** The kept values of one area (none when nothing is kept). */
  valuesOf(areaId: string) {
    return this.kept ? this.kept.accepted.filter((v) => v.area_id === areaId) : [];
  }
}
