import { AppError } from '../http/errors.js';

export const reportNotFound = () =>
  new AppError(404, 'report_not_found', { vi: 'Không có phản ánh với mã này.', en: 'No report with this id.' });

export const trackingCodeNotFound = () =>
  new AppError(404, 'tracking_code_not_found', {
    vi: 'Không có phản ánh nào với mã theo dõi này. Hãy kiểm tra lại mã trên biên nhận.',
    en: 'No report has this tracking code. Check the code on your receipt.',
  });
