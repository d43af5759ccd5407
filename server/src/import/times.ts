const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

const QUARTER_HOUR = 15 * 60_000;
const DAY = 86_400_000;
const offsets = new Map<string, number>();

/** The zone's offset over a quarter hour (zones change offset on a quarter hour), asked of Intl once. */
function quarterOffset(quarter: number, timeZone: string): number {
  const key = `${timeZone}|${quarter}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    if (offsets.size > 100_000) offsets.clear();
    offset = askOffset(quarter * QUARTER_HOUR, timeZone);
    offsets.set(key, offset);
  }
  return offset;
}

/**
 * Milliseconds the zone's wall clock is ahead of UTC at instant `ms`. formatToParts costs ~100 µs,
 * and a year of history has ~35,000 quarter hours, so a UTC day whose first and last quarter hours
 * have the same offset is taken as one span (no zone changes offset and back within a day); only
 * the days of a change are looked up quarter hour by quarter hour.
 */
function offsetAt(ms: number, timeZone: string): number {
  const day = Math.floor(ms / DAY);
  const perDay = DAY / QUARTER_HOUR;
  const first = quarterOffset(day * perDay, timeZone);
  if (first === quarterOffset((day + 1) * perDay - 1, timeZone)) return first;
  return quarterOffset(Math.floor(ms / QUARTER_HOUR), timeZone);
}

function askOffset(ms: number, timeZone: string): number {
  let f = formatters.get(timeZone);
  if (!f) {
    const opts = {
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    } as const;
    f = new Intl.DateTimeFormat('en-US', { ...opts, timeZone, hourCycle: 'h23' });
    formatters.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(ms).map((x) => [x.type, Number(x.value)]));
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - Math.floor(ms / 1000) * 1000;
}

/** The instant a wall-clock time in `timeZone` names (the earlier one in a DST overlap). */
export function zonedTime(parts: [number, number, number, number, number, number], timeZone: string): Date {
  const [y, mo, d, h, mi, s] = parts;
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  const first = wall - offsetAt(wall, timeZone);
  const second = wall - offsetAt(first, timeZone);
  return new Date(second);
}

/**
 * A source's timestamp: ISO-8601 (`iso`, an offset-less one read as UTC) or US `M/D/YY[YY] h:mm[:ss] [AM|PM]`
 * in `timeZone`. Null when it does not parse or names no real date.
 * @example parseTime('12/31/2017 11:59:58 PM', 'us', 'America/Los_Angeles') // 2018-01-01T07:59:58Z
 */
export function parseTime(value: string, format: 'iso' | 'us', timeZone: string): Date | null {
  const v = value.trim();
  if (format === 'iso') {
    const ms = Date.parse(/[zZ]|[+-]\d{2}:?\d{2}$/.test(v) || !v.includes('T') ? v : `${v}Z`);
    return Number.isNaN(ms) ? null : new Date(ms);
  }
  const m = US.exec(v);
  if (!m) return null;
  const [, mo, d, yy, hh, mi, ss, ampm] = m;
  const year = yy!.length === 2 ? 2000 + Number(yy) : Number(yy);
  let hour = Number(hh);
  if (ampm) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (ampm.toUpperCase() === 'PM' ? 12 : 0);
  }
  const parts: [number, number, number, number, number, number] = [
    year,
    Number(mo),
    Number(d),
    hour,
    Number(mi),
    Number(ss ?? 0),
  ];
  const check = new Date(Date.UTC(parts[0], parts[1] - 1, parts[2], parts[3], parts[4], parts[5]));
  if (
    check.getUTCMonth() !== parts[1] - 1 ||
    check.getUTCDate() !== parts[2] ||
    hour > 23 ||
    parts[4] > 59 ||
    parts[5] > 59
  )
    return null;
  return zonedTime(parts, timeZone);
}
