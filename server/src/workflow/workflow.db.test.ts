import { describe, expect, it } from 'vitest';
import { PublicReport, TrackedReport } from '../contracts/report.js';
import { StaffReport } from '../contracts/workflow.js';
import { HOAN_KIEM, jsonPost, useTestApp } from '../testing/app.js';
import { workflowKit } from './workflow-test-kit.js';

const ctx = useTestApp();
const kit = workflowKit(ctx);

async function events(reportId: string): Promise<{ kind: string; actor: string; detail: unknown }[]> {
  const { rows } = await ctx.t.db.query<{ kind: string; actor: string; detail: unknown }>(
    'SELECT kind, actor, detail FROM report_events WHERE report_id = $1 ORDER BY seq',
    [reportId],
  );
  return rows;
}

describe('statuses: one service checks the transition and the right, writes the event', () => {
  it('takes a report from new to received to resolved with a note, each step in the timeline with its actor', async () => {
    const r = await kit.newReport();
    const staff = await kit.as('unit_staff', { unitCode: r.unitCode });
    const received = await kit.act(staff, r.id, { action: 'receive' });
    expect(received.status).toBe(200);
    expect(PublicReport.parse(await received.json()).status).toBe('received');
    const resolved = await kit.act(staff, r.id, { action: 'resolve', note: 'Đã nhắc nhở chủ quán karaoke' });
    const body = PublicReport.parse(await resolved.json());
    expect(body).toMatchObject({ status: 'resolved' });
    expect(body.resolvedAt).not.toBeNull();
    expect(await events(r.id)).toEqual([
      { kind: 'report:created', actor: 'citizen', detail: null },
      { kind: 'report:received', actor: staff.user.id, detail: null },
      { kind: 'report:resolved', actor: staff.user.id, detail: { note: 'Đã nhắc nhở chủ quán karaoke' } },
    ]);
    const track = (await (await kit.get(null, `/api/track/${r.trackingCode}`)).json()) as {
      timeline: { kind: string; detail: unknown }[];
    };
    expect(track.timeline.map((e) => e.kind)).toEqual(['report:created', 'report:received', 'report:resolved']);
    expect(JSON.stringify(track)).not.toContain(staff.user.id);
  });

  it('answers an illegal move with 409 naming the moves that are allowed, and changes nothing', async () => {
    const r = await kit.newReport();
    const staff = await kit.as('unit_staff', { unitCode: r.unitCode });
    const res = await kit.act(staff, r.id, { action: 'close' });
    expect(res.status).toBe(409);
    const err = (await res.json()) as { error: { code: string; message: string } };
    expect(err.error.code).toBe('illegal_transition');
    expect(err.error.message).toContain('receive');
    expect(err.error.message).toContain('transfer');
    expect(await events(r.id)).toHaveLength(1);
  });

  it('requires a reason to reject and an after photo to resolve where the category asks for one', async () => {
    const r = await kit.newReport({ category: 'trash' });
    const staff = await kit.as('unit_staff', { unitCode: r.unitCode });
    const noReason = await kit.act(staff, r.id, { action: 'reject' });
    expect(noReason.status).toBe(400);
    await kit.act(staff, r.id, { action: 'receive' });
    const noPhoto = await kit.act(staff, r.id, { action: 'resolve', note: 'Đã thu gom rác' });
    expect(noPhoto.status).toBe(422);
    expect(((await noPhoto.json()) as { error: { code: string } }).error.code).toBe('after_photo_required');
    expect((await events(r.id)).map((e) => e.kind)).toEqual(['report:created', 'report:received']);
  });

  it('marks not_responsible only with the responsible body, and duplicate only with an original', async () => {
    const a = await kit.newReport();
    const b = await kit.newReport();
    const op = await kit.as('operator');
    expect((await kit.act(op, a.id, { action: 'not_responsible' })).status).toBe(400);
    expect((await kit.act(op, a.id, { action: 'duplicate', originalId: a.id })).status).toBe(422);
    const merged = await kit.act(op, a.id, { action: 'duplicate', originalId: b.id });
    expect(PublicReport.parse(await merged.json())).toMatchObject({ status: 'duplicate', linkedTo: b.id, dueAt: null });
    const original = StaffReport.parse(await (await kit.get(op, `/api/reports/${b.id}/staff`)).json());
    expect(original.meTooCount).toBe(1);
    expect(original.linked.map((l) => l.id)).toEqual([a.id]);
    // b is now an original: it cannot itself be merged into another report (one level only).
    const c0 = await kit.newReport();
    expect((await kit.act(op, b.id, { action: 'duplicate', originalId: c0.id })).status).toBe(422);
    const unmerged = PublicReport.parse(await (await kit.act(op, a.id, { action: 'unmerge' })).json());
    expect(unmerged).toMatchObject({ status: 'new', linkedTo: null });
    expect(unmerged.dueAt).not.toBeNull();
    const c = await kit.newReport();
    const nr = await kit.act(op, c.id, { action: 'not_responsible', responsible: 'Điện lực Hà Nội (EVN Hà Nội)' });
    expect(PublicReport.parse(await nr.json()).status).toBe('not_responsible');
  });
});

describe('transfers: the receiving unit answers for it and its clock starts then', () => {
  it('moves the report to another unit with a reason, in the timeline and the holdings', async () => {
    const r = await kit.newReport();
    const staff = await kit.as('unit_staff', { unitCode: r.unitCode });
    const before = StaffReport.parse(await (await kit.get(staff, `/api/reports/${r.id}/staff`)).json());
    const res = await kit.act(staff, r.id, {
      action: 'transfer',
      unitCode: 'SXD',
      reason: 'Công trình do Sở cấp phép',
    });
    expect(res.status).toBe(200);
    const after = PublicReport.parse(await res.json());
    expect(after).toMatchObject({ unitCode: 'SXD', status: 'new', wardCode: r.wardCode });
    expect(Date.parse(after.dueAt!)).toBeGreaterThanOrEqual(Date.parse(before.dueAt!));
    const admin = await kit.as('admin');
    const holdings = (await (await kit.get(admin, `/api/reports/${r.id}/holdings`)).json()) as {
      items: { unitCode: string; endedAt: string | null }[];
    };
    expect(holdings.items.map((h) => [h.unitCode, h.endedAt === null])).toEqual([
      [r.unitCode, false],
      ['SXD', true],
    ]);
    expect((await events(r.id)).at(-1)).toEqual({
      kind: 'report:transferred',
      actor: staff.user.id,
      detail: { fromUnit: r.unitCode, toUnit: 'SXD', reason: 'Công trình do Sở cấp phép' },
    });
    // The ward that gave it away no longer acts on it; the department does.
    expect((await kit.act(staff, r.id, { action: 'receive' })).status).toBe(403);
    const dept = await kit.as('unit_staff', { unitCode: 'SXD' });
    expect((await kit.act(dept, r.id, { action: 'receive' })).status).toBe(200);
  });

  it('refuses a transfer to an unknown unit or to the same unit', async () => {
    const r = await kit.newReport();
    const op = await kit.as('operator');
    expect((await kit.act(op, r.id, { action: 'transfer', unitCode: 'NOPE', reason: 'thử chuyển' })).status).toBe(422);
    expect((await kit.act(op, r.id, { action: 'transfer', unitCode: r.unitCode, reason: 'thử chuyển' })).status).toBe(
      422,
    );
    expect(await events(r.id)).toHaveLength(1);
  });
});

describe('staff view and audit', () => {
  it('shows the contact to the handling unit only, and the audit trail with actors to admins only', async () => {
    const r = await kit.newReport();
    const own = await kit.as('unit_staff', { unitCode: r.unitCode });
    const planner = await kit.as('planner');
    const view = StaffReport.parse(await (await kit.get(own, `/api/reports/${r.id}/staff`)).json());
    expect(view.contact).toEqual({ phone: '0912345678' });
    expect(view.allowedActions).toContain('receive');
    const planned = StaffReport.parse(await (await kit.get(planner, `/api/reports/${r.id}/staff`)).json());
    expect(planned.contact).toBeNull();
    expect(planned.allowedActions).toEqual([]);
    await kit.act(own, r.id, { action: 'receive' });
    const received = StaffReport.parse(await (await kit.get(own, `/api/reports/${r.id}/staff`)).json());
    expect(received.timeline.map((e) => [e.kind, e.status])).toEqual([
      ['report:created', 'new'],
      ['report:received', 'received'],
    ]);
    expect((await kit.get(own, `/api/reports/${r.id}/audit`)).status).toBe(403);
    const admin = await kit.as('admin');
    const audit = (await (await kit.get(admin, `/api/reports/${r.id}/audit`)).json()) as {
      items: { kind: string; actor: { id: string; username: string | null; role: string | null } }[];
    };
    expect(audit.items.map((e) => [e.kind, e.actor.username, e.actor.role])).toEqual([
      ['report:created', null, null],
      ['report:received', own.user.username, 'unit_staff'],
    ]);
  });
});

describe('citizen rating with the tracking code', () => {
  async function resolvedReport() {
    const r = await kit.newReport();
    const staff = await kit.as('unit_staff', { unitCode: r.unitCode });
    await kit.act(staff, r.id, { action: 'receive' });
    await kit.act(staff, r.id, { action: 'resolve', note: 'Đã xử lý xong' });
    return r;
  }
  const rate = (code: string, body: unknown) => ctx.a.app.request(`/api/track/${code}/rating`, jsonPost(body));

  it('closes the report when the citizen is satisfied, and takes one rating only', async () => {
    const r = await resolvedReport();
    const res = await rate(r.trackingCode, { rating: 'satisfied', comment: 'Cảm ơn phường' });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ rating: 'satisfied', unitCode: r.unitCode });
    expect((await events(r.id)).slice(-2).map((e) => e.kind)).toEqual(['report:rated', 'report:closed']);
    const tracked = TrackedReport.parse(await (await kit.get(null, `/api/track/${r.trackingCode}`)).json());
    expect(tracked.report.status).toBe('closed');
    expect(tracked.ratings).toMatchObject([{ rating: 'satisfied', comment: 'Cảm ơn phường', notFixed: false }]);
    expect(tracked.timeline.find((e) => e.kind === 'report:resolved')?.detail).toEqual({ note: 'Đã xử lý xong' });
    expect(JSON.stringify(tracked)).not.toContain('0912345678');
    expect((await rate(r.trackingCode, { rating: 'accepted' })).status).toBe(409);
  });

  it('reopens the same report when it is not fixed, counted against the unit', async () => {
    const r = await resolvedReport();
    const res = await rate(r.trackingCode, { rating: 'not_satisfied', notFixed: true, comment: 'Vẫn còn ồn' });
    expect(res.status).toBe(201);
    const { rows } = await ctx.t.db.query<{ status: string; reopen_count: number; resolved_at: Date | null }>(
      'SELECT status, reopen_count, resolved_at FROM reports WHERE id = $1',
      [r.id],
    );
    expect(rows[0]).toEqual({ status: 'reopened', reopen_count: 1, resolved_at: null });
    const ratings = await ctx.t.db.query(
      'SELECT unit_code, rating, not_fixed FROM report_ratings WHERE report_id = $1',
      [r.id],
    );
    expect(ratings.rows).toEqual([{ unit_code: r.unitCode, rating: 'not_satisfied', not_fixed: true }]);
    expect((await events(r.id)).at(-1)).toMatchObject({ kind: 'report:reopened', actor: 'citizen' });
  });

  it('refuses to rate a report that is not resolved, a wrong code, and a bad rating', async () => {
    const r = await kit.newReport();
    expect((await rate(r.trackingCode, { rating: 'satisfied' })).status).toBe(409);
    expect((await rate('AAAAA-BBBBB', { rating: 'satisfied' })).status).toBe(404);
    expect((await rate(r.trackingCode, { rating: 'great' })).status).toBe(400);
    expect((await rate(r.trackingCode, { rating: 'satisfied', notFixed: true })).status).toBe(400);
  });
});

describe('routing on arrival', () => {
  it('sends a report to its ward, and road damage to the construction department by the seeded rule', async () => {
    const ward = await kit.newReport({ category: 'noise', location: HOAN_KIEM });
    expect(ward.unitCode).toBe(ward.wardCode);
    const road = await kit.newReport({ category: 'road_damage' });
    expect(road.unitCode).toBe('SXD');
    const queue = (await (await kit.get(null, '/api/reports?unit=SXD')).json()) as { items: { id: string }[] };
    expect(queue.items.map((r) => r.id)).toContain(road.id);
    expect(queue.items.map((r) => r.id)).not.toContain(ward.id);
  });
});
