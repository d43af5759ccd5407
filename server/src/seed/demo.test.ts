import { describe, expect, it } from 'vitest';
import { ReportPriority, ReportStatus } from '../contracts/report.js';
import { DAY_MS, localHour } from './demo-time.js';
import { DEMO_CATEGORIES, PLACES } from './demo-places.js';
import { generateDemoReports, type DemoReport } from './demo.js';
import { readCategories } from './reference.js';

const now = new Date('2025-09-15T10:00:00Z'); // rainy season
const reports = generateDemoReports({ count: 20_000, now, days: 90, seed: 42 });

const share = (rs: DemoReport[], keep: (r: DemoReport) => boolean) => rs.filter(keep).length / rs.length;
const ageDays = (r: DemoReport) => (now.getTime() - r.createdAt.getTime()) / DAY_MS;
const metersBetween = ([a, b]: [number, number], [c, d]: [number, number]) =>
  Math.hypot((a - c) * 111_320 * Math.cos((b * Math.PI) / 180), (b - d) * 111_320);

describe('generateDemoReports', () => {
  it('gives the same reports for the same seed, and others for another seed', () => {
    const again = generateDemoReports({ count: 500, now, seed: 42 });
    expect(generateDemoReports({ count: 500, now, seed: 42 })).toEqual(again);
    expect(generateDemoReports({ count: 500, now, seed: 43 })).not.toEqual(again);
  });

  it('makes exactly the count asked for, oldest first, inside [now − days, now)', () => {
    expect(reports).toHaveLength(20_000);
    const start = now.getTime() - 90 * DAY_MS;
    for (const [i, r] of reports.entries()) {
      expect(r.createdAt.getTime()).toBeGreaterThanOrEqual(start);
      expect(r.createdAt.getTime()).toBeLessThan(now.getTime());
      expect(r.updatedAt.getTime()).toBeGreaterThanOrEqual(r.createdAt.getTime());
      expect(r.updatedAt.getTime()).toBeLessThanOrEqual(now.getTime());
      if (i > 0) expect(r.createdAt.getTime()).toBeGreaterThanOrEqual(reports[i - 1]!.createdAt.getTime());
    }
  });

  it('uses only the categories of seeds/categories.json, and valid statuses and priorities', async () => {
    const codes = (await readCategories()).map((c) => c.code);
    expect([...DEMO_CATEGORIES].sort()).toEqual([...codes].sort());
    for (const r of reports) {
      expect(codes).toContain(r.category);
      expect(ReportStatus.safeParse(r.status).success).toBe(true);
      expect(ReportPriority.safeParse(r.priority).success).toBe(true);
    }
    expect(new Set(reports.map((r) => r.category)).size).toBe(DEMO_CATEGORIES.length);
  });

  it('follows the daily rhythm of Hanoi: few reports at night, peaks morning and late afternoon', () => {
    const byHour = Array.from({ length: 24 }, (_, h) => share(reports, (r) => localHour(r.createdAt.getTime()) === h));
    const night = byHour[2]! + byHour[3]!;
    expect(byHour[8]! + byHour[9]!).toBeGreaterThan(8 * night);
    expect(byHour[17]! + byHour[18]!).toBeGreaterThan(8 * night);
    expect(byHour[8]!).toBeGreaterThan(byHour[12]!);
    expect(byHour[17]!).toBeGreaterThan(byHour[13]!);
  });

  it('leaves recent reports open and has older ones mostly resolved or closed', () => {
    const open = ['new', 'received', 'assigned', 'in_progress'];
    const recent = reports.filter((r) => ageDays(r) < 1);
    const old = reports.filter((r) => ageDays(r) > 14);
    expect(share(recent, (r) => open.includes(r.status))).toBeGreaterThan(0.95);
    expect(share(old, (r) => r.status === 'resolved' || r.status === 'closed')).toBeGreaterThan(0.75);
    expect(share(reports, (r) => r.status === 'new')).toBeGreaterThan(0);
  });

  it('clusters reports around real places, with a thin background over the city', () => {
    const near = share(reports, (r) => PLACES.some((p) => metersBetween(r.location, p.center) < 3 * p.sigmaMeters));
    expect(near).toBeGreaterThan(0.85);
    for (const {
      location: [lng, lat],
    } of reports) {
      expect(lng).toBeGreaterThan(105.6);
      expect(lng).toBeLessThan(106.02);
      expect(lat).toBeGreaterThan(20.85);
      expect(lat).toBeLessThan(21.2);
    }
  });

  it('mixes categories by place: markets get trash and sidewalk encroachment, main roads traffic', () => {
    const around = (name: string) => {
      const p = PLACES.find((x) => x.name === name)!;
      return reports.filter((r) => metersBetween(r.location, p.center) < p.sigmaMeters);
    };
    const market = around('Chợ Đồng Xuân');
    const road = around('Cầu Giấy');
    const marketTypical = (r: DemoReport) => r.category === 'trash' || r.category === 'sidewalk_encroachment';
    expect(share(market, marketTypical)).toBeGreaterThan(share(road, marketTypical));
    expect(share(road, (r) => r.category === 'traffic')).toBeGreaterThan(
      share(market, (r) => r.category === 'traffic'),
    );
  });

  it('reports flooding mostly in the rainy season', () => {
    const flooding = (rs: DemoReport[]) => share(rs, (r) => r.category === 'flooding');
    const dry = generateDemoReports({ count: 10_000, now: new Date('2025-02-15T10:00:00Z'), days: 60, seed: 1 });
    const wet = generateDemoReports({ count: 10_000, now: new Date('2025-08-15T10:00:00Z'), days: 60, seed: 1 });
    expect(flooding(wet)).toBeGreaterThan(3 * flooding(dry));
  });

  it('writes Vietnamese descriptions with every placeholder filled', () => {
    for (const r of reports.slice(0, 2_000)) {
      expect(r.description).not.toMatch(/[{}]/);
      expect(r.description.length).toBeGreaterThan(10);
    }
    expect(reports.some((r) => /[ăâđêôơư]/i.test(r.description))).toBe(true);
  });
});
