import { PbfWriter } from 'pbf';

/** A feature ready to encode: a point or one closed polygon ring, in tile coordinates. */
export interface TileFeature {
  type: 'point' | 'polygon';
  /** One position for a point; a ring without the repeated last position for a polygon. */
  geometry: [number, number][];
  properties: Record<string, string | number>;
}

export interface TileLayer {
  name: string;
  extent: number;
  features: TileFeature[];
}

const zigzag = (n: number) => (n << 1) ^ (n >> 31);
const command = (id: number, count: number) => (id & 7) | (count << 3);

/** Geometry commands (MoveTo 1, LineTo 2, ClosePath 7) with zig-zag deltas, per the MVT 2.1 spec. */
function geometryCommands(f: TileFeature): number[] {
  const out: number[] = [];
  let [cx, cy] = [0, 0];
  const move = ([x, y]: [number, number]) => {
    out.push(zigzag(x - cx), zigzag(y - cy));
    [cx, cy] = [x, y];
  };
  const [first, ...rest] = f.geometry;
  out.push(command(1, 1));
  move(first!);
  if (f.type === 'polygon') {
    out.push(command(2, rest.length));
    rest.forEach(move);
    out.push(command(7, 1));
  }
  return out;
}

type Value = string | number;

function writeValue(v: Value, pbf: PbfWriter) {
  if (typeof v === 'string') pbf.writeStringField(1, v);
  else if (!Number.isInteger(v)) pbf.writeDoubleField(3, v);
  else if (v >= 0) pbf.writeVarintField(5, v);
  else pbf.writeSVarintField(6, v);
}

function writeLayer(layer: TileLayer, pbf: PbfWriter) {
  const keys = new Map<string, number>();
  const values = new Map<string, { index: number; value: Value }>();
  const index = <K>(map: Map<K, unknown>, k: K, make: (i: number) => unknown) => {
    if (!map.has(k)) map.set(k, make(map.size));
  };
  pbf.writeVarintField(15, 2);
  pbf.writeStringField(1, layer.name);
  for (const f of layer.features) {
    const tags: number[] = [];
    for (const [k, v] of Object.entries(f.properties)) {
      index(keys, k, (i) => i);
      const vk = `${typeof v}:${v}`;
      index(values, vk, (i) => ({ index: i, value: v }));
      tags.push(keys.get(k)!, values.get(vk)!.index);
    }
    pbf.writeMessage(2, writeFeature, { type: f.type === 'point' ? 1 : 3, tags, geometry: geometryCommands(f) });
  }
  for (const k of keys.keys()) pbf.writeStringField(3, k);
  for (const { value } of values.values()) pbf.writeMessage(4, writeValue, value);
  pbf.writeVarintField(5, layer.extent);
}

function writeFeature(f: { type: number; tags: number[]; geometry: number[] }, pbf: PbfWriter) {
  pbf.writePackedVarint(2, f.tags);
  pbf.writeVarintField(3, f.type);
  pbf.writePackedVarint(4, f.geometry);
}

/** Encodes layers as a Mapbox Vector Tile (protobuf); layers without features are left out. */
export function encodeTile(layers: TileLayer[]): Uint8Array {
  const pbf = new PbfWriter();
  for (const layer of layers) if (layer.features.length > 0) pbf.writeMessage(3, writeLayer, layer);
  return pbf.finish();
}

/**
 * A ring in tile coordinates as the spec wants it: repeated positions dropped, exterior clockwise
 * on screen (positive shoelace area with y down), or null when snapping collapsed it — which is
 * when ST_AsMVTGeom drops a polygon too.
 */
export function tileRing(points: [number, number][]): [number, number][] | null {
  const ring = points.filter((p, i) => i === 0 || p[0] !== points[i - 1]![0] || p[1] !== points[i - 1]![1]);
  const last = ring[ring.length - 1]!;
  if (ring.length > 1 && last[0] === ring[0]![0] && last[1] === ring[0]![1]) ring.pop();
  let area = 0;
  ring.forEach(([x1, y1], i) => {
    const [x2, y2] = ring[(i + 1) % ring.length]!;
    area += x1 * y2 - x2 * y1;
  });
  if (ring.length < 3 || area === 0) return null;
  return area > 0 ? ring : ring.reverse();
}
