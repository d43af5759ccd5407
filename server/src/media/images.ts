import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { AppError } from '../http/errors.js';

export type ImageType = 'image/jpeg' | 'image/png' | 'image/webp';

export interface CleanImage {
  contentType: ImageType;
  extension: 'jpg' | 'png' | 'webp';
  data: Buffer;
  width: number;
  height: number;
  sha256: string;
}

// 40 megapixels: more than any phone camera, far less than a decompression bomb.
const MAX_PIXELS = 40_000_000;

/** The real type of an image from its first bytes; the declared content type is not trusted. */
export function sniffImageType(data: Uint8Array): ImageType | null {
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (data.length >= 8 && png.every((b, i) => data[i] === b)) return 'image/png';
  const ascii = (from: number, to: number) => Buffer.from(data.subarray(from, to)).toString('latin1');
  if (data.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  return null;
}

const EXTENSION = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' } as const;

/**
 * Checks that `data` is a JPEG, PNG or WebP that decodes, applies its EXIF orientation, and
 * re-encodes it without any metadata (EXIF, GPS, XMP, IPTC, comments).
 */
export async function cleanImage(data: Uint8Array, name: string): Promise<CleanImage> {
  const type = sniffImageType(data);
  if (!type) {
    throw new AppError(415, 'unsupported_media_type', {
      vi: `"${name}" không phải ảnh JPEG, PNG hoặc WebP. Hãy đính kèm một bức ảnh.`,
      en: `"${name}" is not a JPEG, PNG or WebP image. Attach a photo.`,
    });
  }
  let out: { data: Buffer; info: { width: number; height: number } };
  try {
    const pipeline = sharp(data, { limitInputPixels: MAX_PIXELS, failOn: 'error' }).rotate();
    const encoded =
      type === 'image/jpeg'
        ? pipeline.jpeg({ quality: 85, mozjpeg: false })
        : type === 'image/png'
          ? pipeline.png()
          : pipeline.webp({ quality: 85 });
    out = await encoded.toBuffer({ resolveWithObject: true });
  } catch {
    throw new AppError(415, 'invalid_image', {
      vi: `Không đọc được "${name}" (ảnh hỏng hoặc quá lớn). Hãy đính kèm ảnh khác.`,
      en: `"${name}" could not be read as an image (damaged or too large). Attach another photo.`,
    });
  }
  return {
    contentType: type,
    extension: EXTENSION[type],
    data: out.data,
    width: out.info.width,
    height: out.info.height,
    sha256: createHash('sha256').update(out.data).digest('hex'),
  };
}
