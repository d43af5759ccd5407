import type { ReportStatus } from '../contracts/report.js';
import { AppError } from '../http/errors.js';

/** 409 naming the moves the current status allows (those this user may make). */
export function illegalTransition(action: string, status: ReportStatus, allowed: string[]): AppError {
  const list = allowed.length ? allowed.join(', ') : '—';
  return new AppError(409, 'illegal_transition', {
    vi: `Không thể "${action}" khi phản ánh đang ở trạng thái "${status}". Các thao tác được phép: ${list}.`,
    en: `Cannot "${action}" a report whose status is "${status}". Allowed now: ${list}.`,
  });
}

export const afterPhotoRequired = () =>
  new AppError(422, 'after_photo_required', {
    vi: 'Lĩnh vực này cần ảnh sau khi xử lý. Hãy đính kèm ảnh "after" khi báo đã xử lý.',
    en: 'This category needs a photo after the fix. Attach an "after" photo to resolve it.',
  });

export const unknownUnit = (code: string) =>
  new AppError(422, 'unknown_unit', {
    vi: `Không có đơn vị "${code}". Hãy chọn một đơn vị trong GET /api/units.`,
    en: `No unit "${code}". Pick one from GET /api/units.`,
  });

export const sameUnit = () =>
  new AppError(422, 'same_unit', {
    vi: 'Phản ánh đã thuộc đơn vị này. Hãy chọn đơn vị khác để chuyển.',
    en: 'The report is already with this unit. Choose another unit to transfer it to.',
  });

export const badOriginal = () =>
  new AppError(422, 'invalid_original', {
    vi: 'Không gộp được: phản ánh gốc phải là một phản ánh khác, chưa bị gộp vào phản ánh nào, và phản ánh được gộp không được có phản ánh trùng của riêng nó.',
    en: 'Cannot merge: the original must be another report not itself merged into one, and the merged report must have no "me too" reports of its own.',
  });
