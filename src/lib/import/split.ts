// Cuts streamed text into runs of complete lines. A line break inside a quoted field is not the
// end of a row: an even number of quotes since the start of the file means "outside quotes" (a
// doubled "" inside a field keeps the count even), which is how RFC 4180 quoting works.

export class LineSplitter {
  private pending = '';
  private scanned = 0;
  private insideQuotes = false;

  /** Complete lines received so far (without the final line break), or null if none yet. */
  push(text: string): string | null {
    this.pending += text;
    let cut = -1;
    for (let i = this.scanned; i < this.pending.length; i++) {
      const c = this.pending.charCodeAt(i);
      if (c === 34) this.insideQuotes = !this.insideQuotes;
      else if (c === 10 && !this.insideQuotes) cut = i;
    }
    this.scanned = this.pending.length;
    if (cut < 0) return null;
    const lines = this.pending.slice(0, this.pending[cut - 1] === '\r' ? cut - 1 : cut);
    this.pending = this.pending.slice(cut + 1);
    this.scanned = this.pending.length;
    return lines;
  }

  /** What is left after the last line break (the last line, or a field left open). */
  end(): string | null {
    const rest = this.pending;
    this.pending = '';
    return rest === '' ? null : rest;
  }
}
