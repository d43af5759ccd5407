import { z } from 'zod';
import { BBox, Instant } from './common.js';
import { HotspotChangedPayload } from './hotspots.js';
import { PublicReport } from './report.js';

/** Payload of every report event on the live stream. `seq` is the global order of report_events. */
export const ReportEventPayload = z
  .object({
    seq: z.number().int().positive().describe('Global sequence number: strictly increasing in commit order'),
    at: Instant,
    report: PublicReport,
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
} as const;
export type ReportEventName = keyof typeof reportEvents;

/**
 * Every server event with its payload schema, declared once. Names are `<entity>:<past-tense>`.
 * `hotspot:changed` is derived state (recomputed from the reports), so it has no seq of its own:
 * a client that missed one asks GET /api/hotspots.
 */
export const serverEvents = {
  ...reportEvents,
  'hotspot:changed': HotspotChangedPayload,
} as const;
export type ServerEventName = keyof typeof serverEvents;

/** Socket.IO typed maps, shared by the server and the dashboard. */
export interface ServerToClientEvents {
  'report:created': (e: ReportEventPayload) => void;
  'report:updated': (e: ReportEventPayload) => void;
  'hotspot:changed': (e: HotspotChangedPayload) => void;
}
export interface ClientToServerEvents {
  subscribe: (req: SubscribeRequest, ack: (res: SubscribeAck) => void) => void;
}
