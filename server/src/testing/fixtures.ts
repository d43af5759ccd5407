import sharp from 'sharp';

/** A small photo carrying EXIF (with GPS) and XMP, as a phone would send it. */
export async function photoWithMetadata(format: 'jpeg' | 'png' | 'webp' = 'jpeg'): Promise<Buffer> {
  const img = sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 30, b: 30 } } })
    .withExif({
      IFD0: { Artist: 'SECRET-ARTIST', Make: 'PhoneMaker' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '21/1 1/1 42/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '105/1 51/1 15/1',
      },
    })
    .withXmp(
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description>SECRET-XMP</rdf:Description></rdf:RDF></x:xmpmeta>',
    );
  return img.toFormat(format).toBuffer();
}
