import sharp from 'sharp';
import { LIMITS, type AttachmentMime } from '@ehcp/shared';
import { AppError } from '../../errors/index.ts';

/** JPEG and lossy WebP are encoded again at this quality: no visible change to a photo of a page or a drawing. */
const QUALITY = 92;

// Each image is read once: libvips's cache of operations would only hold memory.
sharp.cache(false);

const unreadable = () =>
  new AppError(
    'attachment_unreadable',
    422,
    'This image could not be read: it may be damaged or incomplete. Save it again (or take the photo again) and attach it once more.',
  );

const tooManyPixels = () =>
  new AppError(
    'image_too_many_pixels',
    413,
    `This image has too many pixels: it can be at most ${LIMITS.imageMaxPixels / 1_000_000} megapixels. Make it smaller and attach it again.`,
  );

/**
 * One image at a time in a process: turning a 48-megapixel photo the right way up holds the
 * whole picture in memory (about half a gigabyte, measured), and uploads are few.
 */
let previous: Promise<unknown> = Promise.resolve();

/**
 * A photo, scan or screenshot with its metadata removed: EXIF (the camera, the time and often
 * the place it was taken, which for a photo taken at home is the family's address), XMP, IPTC
 * and comments. The camera's orientation is applied to the pixels first, so a photo taken
 * sideways still shows the right way up without its EXIF tag. The colour profile is kept (it
 * says nothing about anyone, and without it colours shift). PNG stays lossless; JPEG and WebP
 * are encoded again (libvips, through sharp); an animated WebP keeps its frames.
 * @throws AppError 422 `attachment_unreadable` for a damaged image, 413 `image_too_many_pixels`
 *   for one over `LIMITS.imageMaxPixels`.
 */
export function stripImageMetadata(bytes: Buffer, mime: AttachmentMime): Promise<Buffer> {
  const run = previous.then(() => strip(bytes, mime));
  previous = run.catch(() => undefined);
  return run;
}

async function strip(bytes: Buffer, mime: AttachmentMime): Promise<Buffer> {
  const image = sharp(bytes, { limitInputPixels: LIMITS.imageMaxPixels, failOn: 'error', animated: mime === 'image/webp' })
    .autoOrient()
    .keepIccProfile();
  try {
    if (mime === 'image/jpeg') return await image.jpeg({ quality: QUALITY }).toBuffer();
    if (mime === 'image/png') return await image.png().toBuffer();
    if (mime === 'image/webp') return await image.webp({ quality: QUALITY }).toBuffer();
  } catch (error) {
    throw /pixel limit/i.test((error as Error).message) ? tooManyPixels() : unreadable();
  }
  return bytes;
}
