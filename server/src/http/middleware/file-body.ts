import express, { type RequestHandler } from 'express';
import { LIMITS } from '@ehcp/shared';
import { AppError } from '../../errors/index.ts';
import { fileTooLarge } from '../../services/index.ts';

const readRaw = express.raw({ type: () => true, limit: LIMITS.attachmentMaxBytes, inflate: false });

/**
 * Reads an upload's body as raw bytes, at most `LIMITS.attachmentMaxBytes` (a longer
 * Content-Length is refused before anything is read; a longer stream is cut off at the limit),
 * answering 413 attachment_too_large with the limit in words. Marks the request so the JSON-only
 * rule lets it through. Only for the routes whose contract says `bodyKind: 'file'`.
 */
export const fileBody: RequestHandler = (req, res, next) => {
  // Mounted on the upload paths, which also prefix the files' own paths (downloads, removals).
  if (req.method !== 'POST' || !['', '/'].includes(req.path)) return next();
  readRaw(req, res, (error?: unknown) => {
    if (error) {
      const type = (error as { type?: string }).type;
      if (type === 'entity.too.large') return next(fileTooLarge());
      if (type === 'encoding.unsupported')
        return next(new AppError('unsupported_media_type', 415, 'Send the file as it is, without a Content-Encoding.'));
      return next(error);
    }
    if (!Buffer.isBuffer(req.body)) req.body = Buffer.alloc(0);
    res.locals.isFileBody = true;
    next();
  });
};
