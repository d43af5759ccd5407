import { expect } from 'vitest';
import type { LngLat } from '../contracts/common.js';
import type { Role } from '../contracts/auth.js';
import type { TestApp } from '../testing/app.js';
import { jsonPost } from '../testing/app.js';
import type { TestDatabase } from '../testing/db.js';
import { signIn, type SignedInUser } from '../testing/auth.js';

/** Test helpers for workflow tests: make reports through the API and act on them as a role. */
export function workflowKit(ctx: { t: TestDatabase; a: TestApp }) {
  let n = 0;
  /** A new report at a fresh spot (~260 m apart, so none is another's "me too"), via POST /api/reports. */
  async function newReport(over: { category?: string; location?: LngLat } = {}) {
    n++;
    const location = over.location ?? [105.78 + (n % 30) * 0.0025, 20.99 + Math.floor(n / 30) * 0.0025];
    const res = await ctx.a.app.request(
      '/api/reports',
      jsonPost({
        category: over.category ?? 'noise',
        description: `Phản ánh thử ${n}`,
        location,
        reporter: { phone: '0912345678' },
      }),
    );
    expect(res.status).toBe(201);
    return (await res.json()) as {
      id: string;
      unitCode: string;
      wardCode: string;
      trackingCode: string;
      status: string;
    };
  }
  async function act(user: SignedInUser | null, id: string, command: Record<string, unknown>) {
    return ctx.a.app.request(`/api/reports/${id}/actions`, jsonPost(command, user?.headers ?? {}));
  }
  async function get(user: SignedInUser | null, path: string) {
    return ctx.a.app.request(path, { headers: user?.headers ?? {} });
  }
  const as = (role: Role, opts?: { unitCode?: string | null; teamId?: string | null }) => signIn(ctx.t.db, role, opts);
  return { newReport, act, get, as };
}
