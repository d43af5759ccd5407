import { describe, expect, it } from 'vitest';
import { RoutingRule } from '../contracts/routing.js';
import { HOAN_KIEM, jsonPost, useTestApp } from '../testing/app.js';
import { workflowKit } from '../workflow/workflow-test-kit.js';

const ctx = useTestApp();
const kit = workflowKit(ctx);

/** A point on a ward border (the middle of one border piece), and a point 60 m inside that ward. */
async function borderPoints(): Promise<{ on: [number, number]; inside: [number, number]; ward: string }> {
  const { rows } = await ctx.t.db.query<{ x: number; y: number; ix: number; iy: number; ward: string }>(
    `SELECT ST_X(p) AS x, ST_Y(p) AS y, ST_X(i) AS ix, ST_Y(i) AS iy, ward FROM (
       SELECT b.unit_code AS ward, ST_LineInterpolatePoint(b.geom, 0.5) AS p,
              ST_PointOnSurface(u.geom) AS i
       FROM unit_borders b JOIN units u ON u.code = b.unit_code WHERE b.unit_code = '00070' LIMIT 1) x`,
  );
  const r = rows[0]!;
  return { on: [r.x, r.y], inside: [r.ix, r.iy], ward: r.ward };
}

describe('routing on the real 126 wards', () => {
  it('flags a report on a ward border so staff confirm the ward, and not one well inside', async () => {
    const { on } = await borderPoints();
    const border = await kit.newReport({ location: on });
    const inside = await kit.newReport({ location: HOAN_KIEM });
    const flag = async (id: string) =>
      (await ctx.t.db.query<{ near_border: boolean }>('SELECT near_border FROM reports WHERE id = $1', [id])).rows[0]!
        .near_border;
    expect(await flag(border.id)).toBe(true);
    expect(await flag(inside.id)).toBe(false);
    const staff = await kit.as('unit_staff', { unitCode: border.unitCode });
    const confirmed = await kit.act(staff, border.id, { action: 'confirm_ward' });
    expect(confirmed.status).toBe(200);
  });

  it('follows the border distance setting', async () => {
    const { on } = await borderPoints();
    const nudged: [number, number] = [on[0] + 0.0004, on[1] + 0.0004];
    const { rows: d } = await ctx.t.db.query<{ m: number }>(
      `SELECT min(ST_Distance(geom::geography, ST_SetSRID(ST_MakePoint($1, $2), 4326)::geography)) AS m FROM unit_borders`,
      nudged,
    );
    expect(d[0]!.m).toBeGreaterThan(30);
    expect(d[0]!.m).toBeLessThan(100);
    const flagged = async () => {
      const r = await kit.newReport({ location: nudged, category: 'trees' });
      return (await ctx.t.db.query('SELECT near_border FROM reports WHERE id = $1', [r.id])).rows[0];
    };
    expect(await flagged()).toEqual({ near_border: false });
    const admin = await kit.as('admin');
    const put = (borderMeters: unknown) =>
      ctx.a.app.request('/api/admin/routing-settings', {
        method: 'PUT',
        headers: { ...admin.headers, 'content-type': 'application/json' },
        body: JSON.stringify({ borderMeters }),
      });
    expect((await put(-5)).status).toBe(400);
    expect((await put(100)).status).toBe(200);
    try {
      expect(await flagged()).toEqual({ near_border: true });
    } finally {
      await put(30);
    }
    expect(await (await kit.get(admin, '/api/admin/routing-settings')).json()).toEqual({ borderMeters: 30 });
  });

  it('routes by rules that admins edit through the API: category × area → unit, first rank wins', async () => {
    const admin = await kit.as('admin');
    const [lng, lat] = HOAN_KIEM;
    const area = {
      type: 'Polygon',
      coordinates: [
        [
          [lng - 0.01, lat - 0.01],
          [lng + 0.01, lat - 0.01],
          [lng + 0.01, lat + 0.01],
          [lng - 0.01, lat + 0.01],
          [lng - 0.01, lat - 0.01],
        ],
      ],
    };
    const res = await ctx.a.app.request(
      '/api/admin/routing-rules',
      jsonPost(
        {
          rank: 5,
          category: 'noise',
          area,
          unitCode: 'CATP',
          noteVi: 'Tiếng ồn quanh hồ: Công an',
          noteEn: 'Noise by the lake: police',
        },
        admin.headers,
      ),
    );
    expect(res.status).toBe(201);
    const rule = RoutingRule.parse(await res.json());
    expect((await kit.newReport({ category: 'noise', location: [lng + 0.001, lat] })).unitCode).toBe('CATP');
    const far = await kit.newReport({ category: 'noise', location: [105.78, 21.03] });
    expect(far.unitCode).toBe(far.wardCode);
    expect((await kit.newReport({ category: 'traffic', location: [lng - 0.002, lat] })).unitCode).not.toBe('CATP');
    const del = await ctx.a.app.request(`/api/admin/routing-rules/${rule.id}`, {
      method: 'DELETE',
      headers: admin.headers,
    });
    expect(del.status).toBe(204);
    const after = await kit.newReport({ category: 'noise', location: [lng + 0.003, lat] });
    expect(after.unitCode).toBe(after.wardCode);
  });

  it('lets only admins edit rules, and rejects a rule naming an unknown unit with nothing written', async () => {
    const op = await kit.as('operator');
    const admin = await kit.as('admin');
    const rule = { category: 'noise', unitCode: 'NO_SUCH_UNIT' };
    expect((await ctx.a.app.request('/api/admin/routing-rules', jsonPost(rule, op.headers))).status).toBe(403);
    expect((await ctx.a.app.request('/api/admin/routing-rules', jsonPost(rule))).status).toBe(401);
    const bad = await ctx.a.app.request('/api/admin/routing-rules', jsonPost(rule, admin.headers));
    expect(bad.status).toBe(422);
    const list = (await (await kit.get(admin, '/api/admin/routing-rules')).json()) as { items: RoutingRule[] };
    expect(list.items.some((r) => r.unitCode === 'NO_SUCH_UNIT')).toBe(false);
    expect(list.items.map((r) => r.unitCode)).toContain('SXD');
  });

  it('lists the units a report can be transferred to: the 126 wards and the departments', async () => {
    const res = (await (await kit.get(null, '/api/units')).json()) as { items: { code: string; kind: string }[] };
    expect(res.items.filter((u) => u.kind === 'ward')).toHaveLength(126);
    expect(res.items.filter((u) => u.kind === 'department').map((u) => u.code)).toEqual(
      expect.arrayContaining(['SXD', 'SNNMT', 'CATP', 'TNHN', 'CSHN']),
    );
  });
});

describe('"me too": a new report near an open one of the same category', () => {
  const post = (body: unknown) => ctx.a.app.request('/api/reports', jsonPost(body));
  const spot: [number, number] = [105.8123, 21.0456];

  it('links a report within the radius and window, raises the original, and tells the citizen', async () => {
    const first = (await (
      await post({ category: 'trash', description: 'Rác đổ trộm đầu ngõ', location: spot })
    ).json()) as {
      id: string;
    };
    const near: [number, number] = [spot[0] + 0.0002, spot[1]]; // ~21 m
    const res = await post({ category: 'trash', description: 'Lại có rác ở đầu ngõ', location: near });
    const second = (await res.json()) as { id: string; status: string; linkedTo: string | null; dueAt: string | null };
    expect(second).toMatchObject({ status: 'duplicate', linkedTo: first.id, dueAt: null });
    const other = (await (await post({ category: 'noise', description: 'Karaoke ồn ào', location: near })).json()) as {
      linkedTo: string | null;
    };
    expect(other.linkedTo).toBeNull();
    const farther: [number, number] = [spot[0] + 0.0008, spot[1]]; // ~83 m, beyond trash's 50 m
    expect(
      (
        (await (await post({ category: 'trash', description: 'Rác ở ngõ bên', location: farther })).json()) as {
          linkedTo: null;
        }
      ).linkedTo,
    ).toBeNull();
    const { rows } = await ctx.t.db.query<{ kind: string; detail: unknown }>(
      `SELECT kind, detail FROM report_events WHERE report_id = $1 ORDER BY seq`,
      [first.id],
    );
    expect(rows).toEqual([
      { kind: 'report:created', detail: null },
      { kind: 'report:me_too', detail: { linkedReportIds: [second.id] } },
    ]);
  });

  it('raises the original to high priority from the third "me too", and still counts every report in the cells', async () => {
    const at: [number, number] = [105.7901, 21.0301];
    const first = (await (await post({ category: 'trash', description: 'Bãi rác tự phát', location: at })).json()) as {
      id: string;
    };
    for (let i = 0; i < 3; i++)
      await post({ category: 'trash', description: `Vẫn còn rác ${i}`, location: [at[0] + i * 0.00005, at[1]] });
    const { rows } = await ctx.t.db.query<{
      priority: string;
      me_too_count: number;
      due: number;
      held: number;
      warned_at: Date | null;
    }>(
      `SELECT priority, me_too_count, extract(epoch FROM due_at)::float8 AS due,
              extract(epoch FROM held_since)::float8 AS held, warned_at FROM reports WHERE id = $1`,
      [first.id],
    );
    const { due, held, ...rest } = rows[0]!;
    expect(rest).toEqual({ priority: 'high', me_too_count: 3, warned_at: null });
    // Trash is due in 24 h at normal priority and 12 h at high, around the clock (seeds/sla-policies.json):
    // raised by the crowd, it is due 12 h after its unit got it.
    expect(due - held).toBe(12 * 3600);
    const { rows: all } = await ctx.t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM reports WHERE ST_DWithin(location::geography, ST_SetSRID(ST_MakePoint($1, $2), 4326)::geography, 30)`,
      at,
    );
    expect(all[0]!.n).toBe(4);
  });
});
