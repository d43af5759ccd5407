import { z } from 'zod';
import { BBox, Instant } from './common.js';
import { HotspotChangedPayload } from './hotspots.js';
import { PublicReport } from './report.js';
import { Team } from './team.js';

/** Payload of every report event on the live stream. `seq` is the global order of report_events. */
export const ReportEventPayload = z
  .object({
    seq: z.number().int().positive().describe('Global sequence number: strictly increasing in commit order'),
    at: Instant,
    kind: z.string().describe('What happened, e.g. "report:created", "report:transferred", "report:me_too"'),
    report: PublicReport,
    detail: z.record(z.string(), z.unknown()).nullable().describe('Public detail of the change'),
  })
  .describe('Report event');
export type ReportEventPayload = z.infer<typeof ReportEventPayload>;

/** What a client asks to receive. Every field is optional; `sinceSeq` replays what it missed. */
export const SubscribeRequest = z
  .object({
    bbox: BBox.optional(),
    categories: z.array(z.string()).max(50).optional(),
    sinceSeq: z.number().int().nonnegative().optional().describe('Last seq the client saw'),
  })
  .strict()
  .describe('Stream subscription');
export type SubscribeRequest = z.infer<typeof SubscribeRequest>;

export const SubscribeAck = z.union([
  z.object({ ok: z.literal(true), replayed: z.number().int(), lastSeq: z.number().int() }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) }),
]);
export type SubscribeAck = z.infer<typeof SubscribeAck>;

/** The events of report_events: each carries its `seq`, so a client resumes from the last one. */
export const reportEvents = {
  'report:created': ReportEventPayload,
  'report:updated': ReportEventPayload,
  'deadline:warned': ReportEventPayload.describe('A report passed 80 % of its time'),
} as const;
export type ReportEventName = keyof typeof reportEvents;

/** A team's status or assignment changed. In the event log like report events: it has a seq. */
export const TeamEventPayload = z
  .object({
    seq: z.number().int().positive(),
    at: Instant,
    kind: z.string().describe('e.g. "team:assigned", "team:status_changed", "team:released"'),
    team: Team,
  })
  .describe('Team event');
export type TeamEventPayload = z.infer<typeof TeamEventPayload>;

/**
 * A team's phone reported a new position. Positions are frequent and only the latest matters, so
 * they are not in the event log and carry no seq: a client that reconnects reads GET /api/teams.
 */
export const TeamMovedPayload = z
  .object({
    teamId: z.string().uuid(),
    unitCode: z.string().describe('The team’s unit: only staff who may see its teams get the event'),
    position: z.tuple([z.number(), z.number()]),
    at: Instant,
  })
  .describe('Team position');
export type TeamMovedPayload = z.infer<typeof TeamMovedPayload>;

/**
 * Every server event with its payload schema, declared once. Names are `<entity>:<past-tense>`.
 * `hotspot:changed` is derived state (recomputed from the reports), so it has no seq of its own:
 * a client that missed one asks GET /api/hotspots.
 */
export const serverEvents = {
  ...reportEvents,
  'team:updated': TeamEventPayload,
  'team:moved': TeamMovedPayload,
  'hotspot:changed': HotspotChangedPayload,
} as const;
export type ServerEventName = keyof typeof serverEvents;

/** Socket.IO typed maps, shared by the server and the dashboard. */
export interface ServerToClientEvents {
  'report:created': (e: ReportEventPayload) => void;
  'report:updated': (e: ReportEventPayload) => void;
  'deadline:warned': (e: ReportEventPayload) => void;
  'team:updated': (e: TeamEventPayload) => void;
  'team:moved': (e: TeamMovedPayload) => void;
  'hotspot:changed': (e: HotspotChangedPayload) => void;
}
export interface ClientToServerEvents {
  subscribe: (req: SubscribeRequest, ack: (res: SubscribeAck) => void) => void;
}
