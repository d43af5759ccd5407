import type { DemoCategory } from './demo-places.js';
import type { Random } from './demo-random.js';

// {street} is a street of the place, {place} the place's name: descriptions read like a citizen's.
const TEMPLATES: Record<DemoCategory, readonly string[]> = {
  trash: [
    'Rác thải sinh hoạt đổ bừa bãi trên phố {street}, bốc mùi hôi thối.',
    'Điểm tập kết rác ở {street} quá tải, từ sáng đến giờ chưa được thu gom.',
    'Có người đổ trộm phế thải xây dựng ở góc phố {street}.',
    'Rác tràn ra lòng đường gần {place}, đề nghị thu gom sớm.',
  ],
  traffic: [
    'Ùn tắc kéo dài trên đường {street} vào giờ cao điểm.',
    'Đèn tín hiệu giao thông tại nút {street} không hoạt động.',
    'Xe máy đi ngược chiều thường xuyên trên phố {street}.',
    'Ô tô đỗ dưới lòng đường {street} gây cản trở giao thông.',
  ],
  construction_violation: [
    'Công trình trên phố {street} không treo biển báo giấy phép xây dựng.',
    'Nhà dân ở {street} xây vượt số tầng được cấp phép.',
    'Công trường gần {place} để vật liệu tràn ra đường, không che chắn.',
    'Xây dựng lấn chiếm đất công tại khu vực {street}.',
  ],
  sidewalk_encroachment: [
    'Hàng quán lấn chiếm hết vỉa hè phố {street}, người đi bộ phải xuống lòng đường.',
    'Xe máy đỗ kín vỉa hè trước các cửa hàng trên đường {street}.',
    'Hàng rong bày bán lấn chiếm vỉa hè khu vực {place}.',
    'Cửa hàng trên phố {street} dựng mái che, kê bàn ghế ra hết vỉa hè.',
  ],
  street_lighting: [
    'Đèn đường trên phố {street} bị hỏng, buổi tối rất tối.',
    'Cột đèn chiếu sáng ở {street} bị nghiêng, có nguy cơ đổ.',
    'Cả dãy đèn đường đoạn {street} mấy hôm nay không sáng.',
  ],
  flooding: [
    'Mưa lớn gây ngập sâu trên đường {street}, nhiều xe máy chết máy.',
    'Nước ngập đến đầu gối ở {street}, đã mấy tiếng chưa rút.',
    'Cống thoát nước ở {street} bị tắc, mưa nhỏ cũng ngập.',
  ],
  trees: [
    'Cây xanh trên phố {street} gãy cành, nguy hiểm cho người đi đường.',
    'Cây đổ chắn ngang đường {street} sau cơn giông.',
    'Cây ở {street} che khuất đèn tín hiệu, đề nghị cắt tỉa.',
  ],
  noise: [
    'Quán karaoke trên phố {street} hát to sau 22 giờ.',
    'Công trình ở {street} thi công gây ồn vào ban đêm.',
    'Loa kẹo kéo gây ồn khu dân cư gần {place}.',
  ],
  road_damage: [
    'Mặt đường {street} có ổ gà lớn, rất nguy hiểm cho xe máy.',
    'Nắp hố ga trên phố {street} bị vỡ, chưa có rào chắn.',
    'Đường {street} bị sụt lún sau khi đào lắp cống.',
  ],
  water_supply: [
    'Khu vực {street} mất nước sinh hoạt nhiều ngày.',
    'Đường ống nước vỡ trên phố {street}, nước chảy tràn ra đường.',
    'Nước máy ở {place} có mùi lạ và màu vàng đục.',
  ],
  environment: [
    'Khói đốt rác gây ô nhiễm không khí khu vực {street}.',
    'Mương nước gần {street} bốc mùi hôi thối, nhiều ruồi muỗi.',
    'Xe chở vật liệu không che chắn làm bụi bẩn đường {street}.',
  ],
  public_order: [
    'Nhóm thanh niên tụ tập gây mất trật tự ban đêm trên phố {street}.',
    'Quảng cáo rao vặt dán trái phép khắp cột điện phố {street}.',
    'Trông giữ xe trái phép, thu tiền quá giá quy định tại {place}.',
  ],
};

const CLOSINGS = [
  '',
  '',
  ' Đề nghị cơ quan chức năng xử lý.',
  ' Mong phường sớm kiểm tra.',
  ' Tình trạng này kéo dài đã lâu.',
];

/** A Vietnamese description of a report of `category` near `placeName`, on one of `streets`. */
export function describeReport(
  random: Random,
  category: DemoCategory,
  placeName: string,
  streets: readonly string[],
): string {
  const template = random.pick(TEMPLATES[category]);
  const text = template.replace('{street}', random.pick(streets)).replace('{place}', placeName);
  return text + random.pick(CLOSINGS);
}
