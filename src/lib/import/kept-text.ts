// Uploads kept per province, year and period, in the user's words: the slot, why the storage
// failed, each notice, the URL notes; numbers and dates as the locale writes them.
import type { Locale } from '../domain/types.ts';
import { bcp47, formatNumber } from '../i18n/format.ts';
import { keptMessages } from '../i18n/messages/kept.ts';
import { translator, type Translate } from '../i18n/translate.ts';
import type { UrlNote } from './import-params.ts';
import type { ListNotice } from './kept-uploads.svelte.ts';
import type { Slot, StorageFailureKind } from './storage.ts';
import type { KeepNotice } from './upload-state.svelte.ts';

export type KeptKey = keyof (typeof keptMessages)['vi'];

export class KeptText {
  readonly t: Translate<KeptKey>;

  constructor(
    readonly locale: Locale,
    /** A province's name in the locale. */
    readonly area: (id: string) => string,
  ) {
    this.t = translator(keptMessages, locale);
  }

  n = (value: number) => formatNumber(value, this.locale, 0);

  date(iso: string): string {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? '' : d.toLocaleString(bcp47(this.locale));
  }

  slot(s: Slot): string {
    return this.t(`slot_${s.period}`, { area: this.area(s.areaId), year: s.year });
  }

  values(n: number): string {
    return this.t('values', { n: this.n(n) });
  }

  why(failure: { kind: StorageFailureKind; message: string }): string {
    return this.t(`why_${failure.kind}`, { message: failure.message });
  }

  notice(notice: KeepNotice): string {
    const t = this.t;
    switch (notice.kind) {
      case 'kept':
        return t(notice.merged ? 'keptMerged' : 'kept', {
          file: notice.fileName,
          n: this.n(notice.n),
          slot: this.slot(notice.slot),
        });
      case 'memory_only':
        return t('memoryOnly', { file: notice.fileName, why: this.why(notice.failure) });
      case 'unreadable':
        return t('unreadable', { why: this.why(notice.failure) });
      case 'changed_elsewhere':
        return notice.current
          ? t('changedElsewhere', {
              slot: this.slot(notice.slot),
              file: notice.current.fileName,
              n: this.n(notice.current.n),
            })
          : t('changedElsewhereEmpty', { slot: this.slot(notice.slot) });
      case 'delete_failed':
        return t('deleteFailed', { why: this.why(notice.failure) });
      case 'discarded':
        return t('discarded', { file: notice.fileName });
      case 'abandoned':
        return t('abandoned', { file: notice.fileName, slot: this.slot(notice.slot) });
    }
  }

  listNotice(notice: ListNotice): string {
    const slot = this.slot(notice.slot);
    switch (notice.kind) {
      case 'deleted':
        return this.t('deletedOne', { slot, file: notice.fileName });
      case 'changed_elsewhere':
        return this.t('changedList', { slot });
      case 'delete_failed':
        return this.t('deleteFailedList', { slot, why: this.why(notice.failure) });
    }
  }

  /** A URL note, with the choice shown instead. */
  urlNote(note: UrlNote, shown: { areaId: string; year: number }): string {
    const vars = { area: this.area(shown.areaId), year: shown.year };
    if (note.kind === 'duplicate') return this.t('url_duplicate', { param: note.param });
    return this.t(`url_${note.kind}`, { ...vars, value: note.value });
  }
}
