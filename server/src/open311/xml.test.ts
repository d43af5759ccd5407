import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeXml, xmlDocument } from './xml.js';

const parse = (xml: string) => new XMLParser({ parseTagValue: false }).parse(xml) as Record<string, unknown>;

describe('Open311 XML writer', () => {
  it('writes the spec’s element names with the declaration first', () => {
    const xml = xmlDocument('services', [{ service_code: 'trash', metadata: false }]);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<services>\n  <service>\n')).toBe(true);
    expect(parse(xml)).toEqual({ '?xml': '', services: { service: { service_code: 'trash', metadata: 'false' } } });
  });

  it('escapes markup so text with <, &, quotes and Vietnamese survives a round trip', () => {
    const text = `Rác <đổ> trộm & "ngay" 'đây' ]]> ở ngõ 5`;
    expect(escapeXml('<&>"\'')).toBe('&lt;&amp;&gt;&quot;&apos;');
    const xml = xmlDocument('errors', [{ code: 400, description: text }]);
    expect(xml).not.toContain('<đổ>');
    expect((parse(xml).errors as { error: { description: string } }).error.description).toBe(text);
  });

  it('drops characters XML cannot carry and writes empty elements for null and empty lists', () => {
    const xml = xmlDocument('service_definition', { service_code: 'a\u0001b', attributes: [], note: null });
    expect(xml).toContain('<service_code>ab</service_code>');
    expect(xml).toContain('<attributes/>');
    expect(xml).toContain('<note/>');
  });

  it('repeats the item element for every entry of a list', () => {
    const xml = xmlDocument('service_requests', [{ service_request_id: 'a' }, { service_request_id: 'b' }]);
    const requests = (parse(xml).service_requests as { request: { service_request_id: string }[] }).request;
    expect(requests.map((r) => r.service_request_id)).toEqual(['a', 'b']);
  });
});
