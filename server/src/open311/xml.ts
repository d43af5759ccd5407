// A tiny XML writer for Open311's schemaless documents: elements only, no attributes, no namespace.

/** A value the writer knows how to put in an element. Arrays repeat a child element. */
export type XmlValue = string | number | boolean | null | undefined | XmlValue[] | { [name: string]: XmlValue };

/**
 * Child element names for arrays, from the GeoReport v2 examples: `<services><service>…`,
 * `<service_requests><request>…`, `<errors><error>…`, and the discovery and definition lists.
 */
export const XML_ITEM_NAMES: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  errors: 'error',
  attributes: 'attribute',
  values: 'value',
  endpoints: 'endpoint',
  formats: 'format',
};

// Characters XML 1.0 cannot carry at all, even escaped; they are dropped rather than break the document.
// eslint-disable-next-line no-control-regex
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for an element's content. Example: `escapeXml('a < b & "c"')` → `a &lt; b &amp; &quot;c&quot;`. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function element(name: string, value: XmlValue, indent: string): string {
  if (value === null || value === undefined) return `${indent}<${name}/>`;
  if (Array.isArray(value)) {
    const item = XML_ITEM_NAMES[name] ?? 'item';
    if (value.length === 0) return `${indent}<${name}/>`;
    const children = value.map((v) => element(item, v, `${indent}  `)).join('\n');
    return `${indent}<${name}>\n${children}\n${indent}</${name}>`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return `${indent}<${name}/>`;
    const children = entries.map(([k, v]) => element(k, v, `${indent}  `)).join('\n');
    return `${indent}<${name}>\n${children}\n${indent}</${name}>`;
  }
  return `${indent}<${name}>${escapeXml(String(value))}</${name}>`;
}

/** A whole document with the XML declaration the spec requires. Example: `xmlDocument('errors', [{ code: 403, … }])`. */
export function xmlDocument(root: string, value: XmlValue): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${element(root, value, '')}\n`;
}
