import type { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { FILE_SENT, type FileDownload } from '@ehcp/shared';
import { openAttachmentBytes, type StoredAttachment } from '../../services/index.ts';

const FILE_HEADERS = ['Content-Disposition', 'Content-Type', 'Content-Length', 'Content-Security-Policy'];

/**
 * Sends an attached file as a download: `Content-Disposition: attachment` with its cleaned name
 * (Express's `res.attachment`: a plain `filename` and, for other characters, RFC 5987's
 * `filename*=UTF-8''…`), the type its content was recognised as, nosniff, no caching, and a
 * sandboxing Content-Security-Policy in case a browser shows it anyway.
 */
export async function sendAttachment(res: Response, file: StoredAttachment): Promise<FileDownload> {
  res.attachment(file.name);
  res.setHeader('Content-Type', file.mime);
  res.setHeader('Content-Length', String(file.size));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
  try {
    await pipeline(openAttachmentBytes(file), res);
  } catch (error) {
    // Bytes missing from GridFS before anything was sent: answer an ordinary error, not a "file".
    if (!res.headersSent) for (const header of FILE_HEADERS) res.removeHeader(header);
    throw error;
  }
  return FILE_SENT;
}
