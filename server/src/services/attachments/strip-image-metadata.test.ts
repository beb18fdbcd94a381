import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '@ehcp/shared';
import { AppError } from '../../errors/index.ts';
import { jpegFile, PNG_SIGNATURE, pngChunk, pngFile } from '../../test/attachment-fixtures.ts';
import { stripImageMetadata } from './strip-image-metadata.ts';

/** A photo as a phone takes it: sideways (EXIF orientation 6), with the camera, the place and a colour profile. */
const phonePhoto = () =>
  sharp({ create: { width: 40, height: 20, channels: 3, background: '#0a0' } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: 'PhoneCo', Model: 'Pocket 3', Copyright: 'Amira Khan' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 0/1' },
    })
    .withIccProfile('p3')
    .toBuffer();

/** The fixture PNG with a text chunk after its header (IHDR ends at byte 33). */
const pngWithText = (keyword: string, text: string) => {
  const png = pngFile();
  return Buffer.concat([png.subarray(0, 33), pngChunk('tEXt', Buffer.from(`${keyword}\0${text}`, 'latin1')), png.subarray(33)]);
};

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('stripImageMetadata', () => {
  it('removes a photo’s camera, owner and place, and turns it the right way up', async () => {
    const photo = await phonePhoto();
    const before = await sharp(photo).metadata();
    expect(before).toMatchObject({ width: 40, height: 20, orientation: 6 });
    expect(photo.includes(Buffer.from('PhoneCo'))).toBe(true);

    const stripped = await stripImageMetadata(photo, 'image/jpeg');
    const after = await sharp(stripped).metadata();
    expect(after.format).toBe('jpeg');
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.iptc).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expect({ width: after.width, height: after.height }).toEqual({ width: 20, height: 40 }); // turned as the tag said
    expect(after.icc).toBeDefined(); // colours stay as they were
    for (const personal of ['PhoneCo', 'Pocket 3', 'Amira Khan']) expect(stripped.includes(Buffer.from(personal))).toBe(false);
  });

  it('removes text chunks from a PNG and keeps its pixels exactly', async () => {
    const png = pngWithText('Comment', 'Taken at 14 Elm Road');
    expect((await sharp(png).metadata()).comments).toEqual([{ keyword: 'Comment', text: 'Taken at 14 Elm Road' }]);
    const stripped = await stripImageMetadata(png, 'image/png');
    expect((await sharp(stripped).metadata()).comments).toBeUndefined();
    expect(stripped.includes(Buffer.from('Elm Road'))).toBe(false);
    const [before, after] = await Promise.all([sharp(png).raw().toBuffer(), sharp(stripped).raw().toBuffer()]);
    expect(after.equals(before)).toBe(true);
  });

  it('keeps every frame of an animated WebP', async () => {
    const frame = (colour: string) =>
      sharp({ create: { width: 4, height: 4, channels: 3, background: colour } })
        .png()
        .toBuffer();
    const animated = await sharp([await frame('#f00'), await frame('#00f')], { join: { animated: true } })
      .webp({ delay: [100, 100], loop: 0 })
      .toBuffer();
    const stripped = await stripImageMetadata(animated, 'image/webp');
    expect(await sharp(stripped, { animated: true }).metadata()).toMatchObject({ format: 'webp', pages: 2, pageHeight: 4 });
  });

  it('refuses a damaged image with 422 attachment_unreadable', async () => {
    const truncated = jpegFile().subarray(0, 120); // the header, half the tables, no picture
    const error = await refusal(stripImageMetadata(truncated, 'image/jpeg'));
    expect({ status: error.status, code: error.code }).toEqual({ status: 422, code: 'attachment_unreadable' });
  });

  it('handles images sent at the same moment one after another, and a refused one holds up none after it', async () => {
    const photo = await phonePhoto();
    const results = await Promise.allSettled([
      stripImageMetadata(jpegFile().subarray(0, 120), 'image/jpeg'),
      stripImageMetadata(photo, 'image/jpeg'),
      stripImageMetadata(pngFile(), 'image/png'),
    ]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
  });

  it(`refuses an image over ${LIMITS.imageMaxPixels / 1_000_000} megapixels from its header, before decoding it`, async () => {
    // A PNG header claiming 10,000 × 10,000 pixels, with almost no data: a "decompression bomb".
    const size = Buffer.alloc(13);
    size.writeUInt32BE(10_000, 0);
    size.writeUInt32BE(10_000, 4);
    size.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
    const bomb = Buffer.concat([PNG_SIGNATURE, pngChunk('IHDR', size), pngFile().subarray(33)]);
    const error = await refusal(stripImageMetadata(bomb, 'image/png'));
    expect({ status: error.status, code: error.code }).toEqual({ status: 413, code: 'image_too_many_pixels' });
    expect(error.message).toContain('50 megapixels');
  });
});
