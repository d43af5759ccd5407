/** One CSV record: its fields and the line it ends on (1-based; the header is line 1). */
export interface CsvRow {
  line: number;
  fields: string[];
}

/** A file that is not CSV: a stray or unclosed quote. The message names the line. */
export class CsvError extends Error {}

const INCOMPLETE = null;

// csv-parse counts every CR and every LF inside a field as a line (a CRLF inside quotes as two);
// counted the same, a rejected row's line number reads as it did.
function breaksIn(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) n++;
  }
  return n;
}

/**
 * An RFC 4180 reader fed text chunk by chunk: quoted fields may hold commas, doubled quotes and
 * line breaks; records end in the first line break seen (LF, CRLF or CR) — the same records,
 * lines and errors as csv-parse with `bom`, but several times faster (csv-parse made reading the
 * largest part of an import's time). A quote inside an unquoted field, text after a closing
 * quote, or a quote left open at the end are errors, never guessed at. An empty line is a record
 * of one empty field.
 */
export class CsvReader {
  private buf = '';
  private line = 1;
  private eol: '\n' | '\r\n' | '\r' | null = null;
  private started = false;

  /** The records completed by this chunk. */
  push(chunk: string): CsvRow[] {
    this.buf += chunk;
    if (!this.started && this.buf.length > 0) {
      this.started = true;
      if (this.buf.charCodeAt(0) === 0xfeff) this.buf = this.buf.slice(1);
    }
    return this.drain(false);
  }

  /** The last record, when the text does not end in a line break. */
  end(): CsvRow[] {
    return this.drain(true);
  }

  private drain(final: boolean): CsvRow[] {
    const rows: CsvRow[] = [];
    let p = 0;
    while (p < this.buf.length) {
      const r = this.record(p, final);
      if (r === INCOMPLETE) break;
      rows.push(r.row);
      p = r.next;
    }
    this.buf = this.buf.slice(p);
    return rows;
  }

  /** Reads the record at p; INCOMPLETE when the buffer ends inside it and more text may come. */
  private record(start: number, final: boolean): { row: CsvRow; next: number } | typeof INCOMPLETE {
    const b = this.buf;
    const fields: string[] = [];
    let line = this.line;
    let p = start;
    for (;;) {
      let value: string;
      if (b.charCodeAt(p) === 34) {
        const q = this.quoted(p, final, line);
        if (q === INCOMPLETE) return INCOMPLETE;
        [value, p, line] = [q.value, q.next, line + q.breaks];
      } else {
        const end = this.fieldEnd(p, final, line);
        if (end === INCOMPLETE) return INCOMPLETE;
        [value, p] = [b.slice(p, end), end];
        line += breaksIn(value);
      }
      fields.push(value);
      if (p >= b.length) {
        if (!final) return INCOMPLETE;
        this.line = line;
        return { row: { line, fields }, next: p };
      }
      if (b.charCodeAt(p) === 44) {
        p++;
        continue;
      }
      const eol = this.eolAt(p, final);
      if (eol === INCOMPLETE) return INCOMPLETE;
      if (eol === 0) throw new CsvError(`line ${line}: text after a closing quote`);
      this.line = line + 1;
      return { row: { line, fields }, next: p + eol };
    }
  }

  /** Where the unquoted field at p ends: a comma, the line break, or the end of the text. */
  private fieldEnd(p: number, final: boolean, line: number): number | typeof INCOMPLETE {
    const b = this.buf;
    for (let i = p; i < b.length; i++) {
      const c = b.charCodeAt(i);
      if (c === 44) return i;
      if (c === 34) throw new CsvError(`line ${line}: a quote inside an unquoted field`);
      if (c === 10 || c === 13) {
        const eol = this.eolAt(i, final);
        if (eol === INCOMPLETE) return INCOMPLETE;
        if (eol > 0) return i;
      }
    }
    return final ? b.length : INCOMPLETE;
  }

  /** The quoted field at p: its value, the index after the closing quote, the line breaks inside. */
  private quoted(p: number, final: boolean, line: number) {
    const b = this.buf;
    let value = '';
    let from = p + 1;
    for (;;) {
      const j = b.indexOf('"', from);
      if (j === -1 || (j + 1 === b.length && !final)) {
        if (final) throw new CsvError(`line ${line}: a quote is never closed`);
        return INCOMPLETE;
      }
      if (b.charCodeAt(j + 1) === 34) {
        value += b.slice(from, j + 1);
        from = j + 2;
        continue;
      }
      value += b.slice(from, j);
      return { value, next: j + 1, breaks: breaksIn(b.slice(p, j)) };
    }
  }

  /**
   * Length of the record delimiter at p (0: none there). The first line break decides the file's
   * delimiter, as csv-parse does; INCOMPLETE when a CR ends the buffer and the next chunk decides.
   */
  private eolAt(p: number, final: boolean): number | typeof INCOMPLETE {
    const b = this.buf;
    const c = b.charCodeAt(p);
    if (this.eol === null) {
      if (c === 10) this.eol = '\n';
      else if (c === 13) {
        if (p + 1 === b.length && !final) return INCOMPLETE;
        this.eol = b.charCodeAt(p + 1) === 10 ? '\r\n' : '\r';
      } else return 0;
    }
    if (this.eol === '\n') return c === 10 ? 1 : 0;
    if (this.eol === '\r') return c === 13 ? 1 : 0;
    if (c !== 13) return 0;
    if (p + 1 === b.length && !final) return INCOMPLETE;
    return b.charCodeAt(p + 1) === 10 ? 2 : 0;
  }
}
