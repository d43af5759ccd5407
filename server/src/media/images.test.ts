import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cleanImage, sniffImageType } from './images.js';
import { photoWithMetadata } from '../testing/fixtures.js';

describe('images', () => {
  it('recognises JPEG, PNG and WebP by their bytes, and nothing else', async () => {
    expect(sniffImageType(await photoWithMetadata('jpeg'))).toBe('image/jpeg');
    expect(sniffImageType(await photoWithMetadata('png'))).toBe('image/png');
    expect(sniffImageType(await photoWithMetadata('webp'))).toBe('image/webp');
    expect(sniffImageType(Buffer.from('GIF89a......'))).toBeNull();
    expect(sniffImageType(Buffer.from('<svg></svg>'))).toBeNull();
    expect(sniffImageType(new Uint8Array())).toBeNull();
  });

  it.each(['jpeg', 'png', 'webp'] as const)('strips EXIF, GPS and XMP from a %s', async (format) => {
    const input = await photoWithMetadata(format);
    const before = await sharp(input).metadata();
    expect(before.exif).toBeDefined(); // the fixture really carries metadata
    expect(input.includes('SECRET-ARTIST')).toBe(true);
    const clean = await cleanImage(input, 'photo');
    const after = await sharp(clean.data).metadata();
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(clean.data.includes('SECRET-ARTIST')).toBe(false);
    expect(clean.data.includes('SECRET-XMP')).toBe(false);
    expect(clean.data.includes('Exif\0\0')).toBe(false);
    expect([clean.width, clean.height]).toEqual([64, 48]);
    expect(clean.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('rejects a file that only looks like an image', async () => {
    const fake = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('not really a jpeg')]);
    await expect(cleanImage(fake, 'fake.jpg')).rejects.toMatchObject({ status: 415, code: 'invalid_image' });
    await expect(cleanImage(Buffer.from('hello'), 'a.txt')).rejects.toMatchObject({
      status: 415,
      code: 'unsupported_media_type',
    });
  });
});
