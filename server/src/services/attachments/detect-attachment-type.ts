import { unzipSync } from 'fflate';
import { fileTypeFromBuffer } from 'file-type';
import type { AttachmentMime } from '@ehcp/shared';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** What the content of a file was recognised as: an accepted type, or what it is instead (for the refusal). */
export type DetectedType = { accepted: AttachmentMime } | { accepted: null; recognisedAs: string | null };

/**
 * Whether a zip holds an entry of this name, read from its central directory only (fflate's
 * filter is called per entry before anything is inflated; refusing every entry inflates none).
 */
export function zipHasEntry(bytes: Uint8Array, entryName: string): boolean {
  let found = false;
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        if (entry.name === entryName) found = true;
        return false;
      },
    });
  } catch {
    return false;
  }
  return found;
}

const ascii = (text: string) => Buffer.from(text, 'latin1');
const MATROSKA_CLUSTER = Buffer.from([0x1f, 0x43, 0xb6, 0x75]);

/** Where the first cluster (the media itself) starts, skipping the SeekHead's references to clusters (SeekID 0x53AB, 4 bytes). */
function firstCluster(bytes: Buffer): number {
  for (let at = bytes.indexOf(MATROSKA_CLUSTER); at >= 0; at = bytes.indexOf(MATROSKA_CLUSTER, at + 1)) {
    const isSeekReference = at >= 3 && bytes[at - 3] === 0x53 && bytes[at - 2] === 0xab && bytes[at - 1] === 0x84;
    if (!isSeekReference) return at;
  }
  return -1;
}

/**
 * Whether a WebM file has an audio track and no video track, from its track headers (before
 * the first cluster): each track's CodecID (element 0x86, a short string) starts `A_` for audio
 * and `V_` for video.
 */
export function isAudioOnlyWebm(bytes: Buffer): boolean {
  const clusterAt = firstCluster(bytes);
  const header = bytes.subarray(0, clusterAt > 0 ? clusterAt : Math.min(bytes.length, 64 * 1024));
  let hasAudio = false;
  for (let at = header.indexOf(0x86); at >= 0 && at + 3 < header.length; at = header.indexOf(0x86, at + 1)) {
    const size = header[at + 1]!;
    if (size < 0x82 || size > 0x9f) continue; // a one-byte EBML length of 2..31
    const prefix = header.subarray(at + 2, at + 4).toString('latin1');
    if (prefix === 'V_') return false;
    if (prefix === 'A_') hasAudio = true;
  }
  return hasAudio;
}

/**
 * Whether an MP4 file has a sound track and no video track, from its handler boxes (`hdlr`,
 * whose handler type follows version, flags and a reserved word: `soun` or `vide`).
 */
export function isAudioOnlyMp4(bytes: Buffer): boolean {
  const hdlr = ascii('hdlr');
  let hasSound = false;
  for (let at = bytes.indexOf(hdlr); at >= 0; at = bytes.indexOf(hdlr, at + 4)) {
    const handler = bytes.subarray(at + 12, at + 16).toString('latin1');
    if (handler === 'vide') return false;
    if (handler === 'soun') hasSound = true;
  }
  return hasSound;
}

/**
 * The type of a file from its content (magic bytes, through `file-type`), never from its name or
 * the Content-Type it was sent with. A DOCX must be a zip holding `word/document.xml`; WebM and
 * MP4 count as audio only with an audio track and no video track.
 */
export async function detectAttachmentType(bytes: Buffer): Promise<DetectedType> {
  const found = await fileTypeFromBuffer(bytes);
  const refused = { accepted: null, recognisedAs: found?.mime ?? null } as const;
  if (!found) return refused;
  const { mime } = found;
  if (
    mime === 'application/pdf' ||
    mime === 'image/png' ||
    mime === 'image/jpeg' ||
    mime === 'image/webp' ||
    mime === 'audio/mpeg'
  )
    return { accepted: mime };
  if (mime === DOCX) return zipHasEntry(bytes, 'word/document.xml') ? { accepted: DOCX } : refused;
  if (mime.startsWith('audio/ogg') || mime === 'audio/opus') return { accepted: 'audio/ogg' };
  if (mime === 'video/webm' || mime === 'audio/webm') return isAudioOnlyWebm(bytes) ? { accepted: 'audio/webm' } : refused;
  if (mime === 'audio/mp4' || mime === 'audio/x-m4a' || mime === 'video/mp4')
    return isAudioOnlyMp4(bytes) ? { accepted: 'audio/mp4' } : refused;
  return refused;
}
