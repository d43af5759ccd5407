// A readable, self-contained page for the OpenAPI document: rendered on the server, no script,
// no stylesheet or font from elsewhere, so it works offline.

type Json = Record<string, unknown>;

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const code = (value: unknown) => `<pre>${escapeHtml(JSON.stringify(value, null, 2))}</pre>`;

/** `#/components/schemas/ReportPage` → a link to that schema's section. */
const refLink = (ref: string) => {
  const name = ref.split('/').pop()!;
  return `<a href="#schema-${escapeHtml(name)}">${escapeHtml(name)}</a>`;
};

function schemaCell(schema: unknown): string {
  const s = (schema ?? {}) as Json;
  if (typeof s.$ref === 'string') return refLink(s.$ref);
  return Object.keys(s).length
    ? `<details><summary>${escapeHtml(String(s.type ?? 'schema'))}</summary>${code(s)}</details>`
    : '';
}

function parametersTable(params: Json[]): string {
  if (!params.length) return '';
  const rows = params
    .map(
      (p) =>
        `<tr><td><code>${escapeHtml(String(p.name))}</code></td><td>${escapeHtml(String(p.in))}</td>` +
        `<td>${p.required ? 'yes' : ''}</td><td>${escapeHtml(String(p.description ?? ''))}</td><td>${schemaCell(p.schema)}</td></tr>`,
    )
    .join('');
  return `<table><tr><th>parameter</th><th>in</th><th>required</th><th>description</th><th>schema</th></tr>${rows}</table>`;
}

function contentList(content: unknown): string {
  return Object.entries((content ?? {}) as Record<string, Json>)
    .map(([type, c]) => `<li><code>${escapeHtml(type)}</code> ${schemaCell(c.schema)}</li>`)
    .join('');
}

function operationSection(path: string, method: string, op: Json): string {
  const body = op.requestBody as Json | undefined;
  const responses = Object.entries((op.responses ?? {}) as Record<string, Json>)
    .map(
      ([status, r]) =>
        `<li><b>${escapeHtml(status)}</b> ${escapeHtml(String(r.description))}<ul>${contentList(r.content)}</ul></li>`,
    )
    .join('');
  return [
    `<section id="${escapeHtml(String(op.operationId))}">`,
    `<h3><span class="m ${escapeHtml(method)}">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code></h3>`,
    `<p>${escapeHtml(String(op.summary ?? ''))}</p>`,
    op.description ? `<p>${escapeHtml(String(op.description))}</p>` : '',
    parametersTable((op.parameters ?? []) as Json[]),
    body
      ? `<h4>Request body</h4><p>${escapeHtml(String(body.description ?? ''))}</p><ul>${contentList(body.content)}</ul>`
      : '',
    `<h4>Responses</h4><ul>${responses}</ul>`,
    '</section>',
  ].join('\n');
}

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#1b1f24}
code,pre{font:13px ui-monospace,monospace}pre{background:#f4f5f7;padding:.6em;overflow:auto}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #d0d4d9;padding:.3em .5em;text-align:left;vertical-align:top}
section{border-top:1px solid #d0d4d9;margin-top:1.5em}.m{display:inline-block;min-width:4em;color:#fff;border-radius:3px;padding:0 .4em;text-align:center}
.get{background:#1f6feb}.post{background:#1a7f37}.put{background:#9a6700}.patch{background:#8250df}.delete{background:#cf222e}`;

/** The whole page for a document. Example: `renderDocsPage(buildOpenApiDocument())`. */
export function renderDocsPage(doc: Json): string {
  const info = doc.info as { title: string; version: string; description?: string };
  const paths = (doc.paths ?? {}) as Record<string, Record<string, Json>>;
  const operations = Object.entries(paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => operationSection(path, method, op)),
  );
  const schemas = Object.entries(((doc.components as Json | undefined)?.schemas ?? {}) as Record<string, unknown>)
    .map(([name, s]) => `<section id="schema-${escapeHtml(name)}"><h3>${escapeHtml(name)}</h3>${code(s)}</section>`)
    .join('\n');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(info.title)} — API</title><style>${STYLE}</style></head>
<body><h1>${escapeHtml(info.title)} <small>${escapeHtml(info.version)}</small></h1>
<p>${escapeHtml(info.description ?? '')}</p>
<p>Tài liệu máy đọc / machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI ${escapeHtml(String(doc.openapi))})</p>
<h2>Đường dẫn / Operations</h2>
${operations.join('\n')}
<h2>Lược đồ / Schemas</h2>
${schemas}
</body></html>
`;
}
