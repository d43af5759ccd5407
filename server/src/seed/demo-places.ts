import type { LngLat } from '../contracts/common.js';

/** The category codes of seeds/categories.json (a test keeps the two in step). */
export const DEMO_CATEGORIES = [
  'trash',
  'traffic',
  'construction_violation',
  'sidewalk_encroachment',
  'street_lighting',
  'flooding',
  'trees',
  'noise',
  'road_damage',
  'water_supply',
  'environment',
  'public_order',
] as const;
export type DemoCategory = (typeof DEMO_CATEGORIES)[number];

/** What a place is like, which decides what people report there. */
export type PlaceKind = 'old_quarter' | 'market' | 'main_road' | 'new_area' | 'low_area' | 'residential';

/** Relative weights per category; a category left out gets weight 1. */
export const CATEGORY_MIX: Record<PlaceKind | 'background', Partial<Record<DemoCategory, number>>> = {
  old_quarter: { sidewalk_encroachment: 14, noise: 7, trash: 7, public_order: 7, traffic: 5 },
  market: { trash: 14, sidewalk_encroachment: 13, public_order: 5, environment: 5, traffic: 4, noise: 3 },
  main_road: { traffic: 16, road_damage: 7, street_lighting: 5, sidewalk_encroachment: 4, trees: 3 },
  new_area: { construction_violation: 14, road_damage: 5, trash: 4, environment: 4, water_supply: 3, noise: 3 },
  low_area: { flooding: 8, trash: 5, road_damage: 4, water_supply: 4, environment: 3, traffic: 3 },
  residential: { trash: 5, street_lighting: 4, sidewalk_encroachment: 4, noise: 3, trees: 3, road_damage: 3 },
  background: { trash: 3, road_damage: 3, street_lighting: 3, traffic: 2, construction_violation: 2 },
};

/** A cluster of reports around a real place. */
export interface Place {
  name: string;
  center: LngLat;
  /** Standard deviation of the gaussian spread around the centre. */
  sigmaMeters: number;
  /** Relative share of all clustered reports. */
  weight: number;
  kind: PlaceKind;
  /** Streets the descriptions mention. */
  streets: readonly string[];
}

// Centres are approximate but inside Hanoi's 2025 wards; spreads stay clear of the province edge.
export const PLACES: readonly Place[] = [
  place('Hồ Hoàn Kiếm', [105.8542, 21.0285], 450, 8, 'old_quarter', 'Đinh Tiên Hoàng, Lê Thái Tổ, Tràng Tiền'),
  place('Phố cổ', [105.8505, 21.0345], 350, 9, 'old_quarter', 'Hàng Bạc, Hàng Đào, Hàng Buồm, Mã Mây, Tạ Hiện'),
  place('Chợ Đồng Xuân', [105.8497, 21.0382], 250, 4, 'market', 'Đồng Xuân, Hàng Chiếu, Hàng Khoai'),
  place('Chợ Long Biên', [105.8525, 21.041], 250, 3, 'market', 'Hàng Đậu, Phúc Xá, Trần Nhật Duật'),
  place('Chợ Hôm – Đức Viên', [105.8512, 21.0153], 300, 3, 'market', 'Phố Huế, Trần Xuân Soạn, Ngô Thì Nhậm'),
  place('Chợ Kim Liên', [105.8385, 21.007], 300, 3, 'market', 'Đào Duy Anh, Phạm Ngọc Thạch, Lương Định Của'),
  place('Chợ Khâm Thiên', [105.8345, 21.0185], 300, 3, 'market', 'Khâm Thiên, Lê Duẩn, Tôn Đức Thắng'),
  place('Ngã Tư Sở', [105.819, 21.003], 900, 6, 'main_road', 'Nguyễn Trãi, Trường Chinh, Tây Sơn, Láng'),
  place('Cầu Giấy', [105.793, 21.033], 1000, 7, 'main_road', 'Xuân Thủy, Cầu Giấy, Trần Duy Hưng, Trần Thái Tông'),
  place('Phạm Văn Đồng', [105.781, 21.055], 900, 4, 'main_road', 'Phạm Văn Đồng, Hoàng Quốc Việt, Trần Cung'),
  place('Giải Phóng', [105.841, 20.988], 700, 4, 'main_road', 'Giải Phóng, Trường Chinh, Kim Đồng'),
  place('Thanh Xuân', [105.805, 20.996], 1200, 6, 'residential', 'Nguyễn Tuân, Khuất Duy Tiến, Lê Văn Lương'),
  place('Mỹ Đình', [105.77, 21.025], 1300, 6, 'new_area', 'Lê Đức Thọ, Hàm Nghi, Nguyễn Hoàng, Mễ Trì'),
  place('Dương Nội – Văn Phú', [105.755, 20.965], 1200, 3, 'new_area', 'Tố Hữu, Lê Quang Đạo, Văn Phú'),
  place('Hà Đông', [105.778, 20.971], 1500, 7, 'residential', 'Quang Trung, Trần Phú, Lê Trọng Tấn, Tô Hiệu'),
  place('Định Công – Kim Giang', [105.83, 20.978], 1000, 5, 'low_area', 'Định Công, Kim Giang, Tân Mai'),
  place('Lĩnh Nam – Tam Trinh', [105.87, 20.98], 1300, 5, 'low_area', 'Lĩnh Nam, Tam Trinh, Minh Khai, Yên Sở'),
  place('Long Biên', [105.885, 21.04], 1500, 6, 'residential', 'Nguyễn Văn Cừ, Ngọc Lâm, Nguyễn Văn Linh, Ngô Gia Tự'),
  place('Gia Lâm', [105.935, 21.018], 1400, 4, 'new_area', 'Ngô Xuân Quảng, Nguyễn Đức Thuận, Cổ Bi'),
  place('Tây Hồ', [105.823, 21.06], 1200, 4, 'residential', 'Lạc Long Quân, Xuân Diệu, Âu Cơ, Thụy Khuê'),
  place('Ba Đình', [105.833, 21.033], 900, 4, 'residential', 'Kim Mã, Đội Cấn, Liễu Giai, Giảng Võ'),
  place('Bách Khoa – Bạch Mai', [105.847, 21.005], 900, 4, 'residential', 'Bạch Mai, Lê Thanh Nghị, Đại La'),
];

/** Share of reports spread thinly over the whole urban area instead of around a place. */
export const BACKGROUND_SHARE = 0.12;

/**
 * The urban area as [west, south, east, north] boxes. Two boxes, because the south-east corner
 * of a single box would reach across the Red River into Hưng Yên, outside every ward.
 */
export const URBAN_BOXES: readonly (readonly [number, number, number, number])[] = [
  [105.74, 20.94, 105.9, 21.09],
  [105.9, 20.975, 105.96, 21.08],
];

/** Streets named by background reports, which belong to no place. */
export const CITY_STREETS: readonly string[] = (
  'Nguyễn Chí Thanh, Láng Hạ, Thái Hà, Chùa Bộc, Tôn Thất Tùng, Võ Chí Công, Lạc Long Quân, Nguyễn Xiển, ' +
  'Vành đai 3, Hồ Tùng Mậu, Nguyễn Khánh Toàn, Trần Khát Chân, Nguyễn Văn Cừ'
).split(', ');

// Streets come as one comma-separated string so that each place stays on one line.
function place(
  name: string,
  center: LngLat,
  sigmaMeters: number,
  weight: number,
  kind: PlaceKind,
  streets: string,
): Place {
  return { name, center, sigmaMeters, weight, kind, streets: streets.split(', ') };
}
