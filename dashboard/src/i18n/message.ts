/** A plain string, or one per plural form for languages that have them (Vietnamese has none). */
export type Message = string | { one: string; other: string };

/** The English table of an area must have exactly the Vietnamese table's keys. */
export type TableOf<T> = Record<keyof T, Message>;
