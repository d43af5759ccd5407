/**
 * RFC 4180 CSV: fields holding a comma, a quote, CR or LF are quoted and their quotes doubled;
 * records end in CRLF. Values are written as they are — a description starting with "=" stays
 * so — because the export must round-trip the data exactly; spreadsheet users import it as text.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function csvRecord(values: (string | number | null | undefined)[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** A UTF-8 byte order mark: without it Excel reads UTF-8 CSV as the local code page and garbles "Phường". */
export const UTF8_BOM = '\uFEFF';
