import type { Rating, RatingInput } from '@matthan/server/contracts';
import type { Lang } from '../i18n/messages.js';
import { request } from './client.js';

/** POST /api/track/:code/rating: JSON, or multipart (a `rating` JSON part and a `photo`) with a photo. */
export function postRating(code: string, rating: RatingInput, photo: File | null, lang?: Lang): Promise<Rating> {
  const path = `/api/track/${encodeURIComponent(code)}/rating`;
  if (!photo) {
    const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(rating) };
    return request(path, init, lang);
  }
  const form = new FormData();
  form.set('rating', JSON.stringify(rating));
  form.set('photo', photo, photo.name);
  return request(path, { method: 'POST', body: form }, lang);
}
