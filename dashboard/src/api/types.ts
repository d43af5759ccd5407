// The shapes come from the server's contracts (one zod schema per domain type).
export type { MapConfig, WardProperties, Wards } from '@matthan/server/contracts';
