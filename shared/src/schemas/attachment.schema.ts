import { z } from 'zod';
import { IdSchema } from './common.schema.ts';
import { LIMITS } from './limits.ts';
import { findUnsafeNameCharacter, unsafeNameMessage } from './text.schema.ts';

/**
 * Where an attached file belongs: the review's papers (the SENDCo's, e.g. an EP report as PDF)
 * or one participant's contribution (a photo, a drawing or a voice note: the child's voice).
 */
export const ATTACHMENT_KINDS = ['papers', 'contribution'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/**
 * Every type of file accepted, by the type its content was recognised as (never by its name or
 * the browser's Content-Type): the label people see, the extension a download gets, and which
 * kinds accept it (audio only with a contribution: a voice note).
 */
export const ATTACHMENT_TYPES = {
  'application/pdf': { label: 'PDF', extension: 'pdf', kinds: ['papers', 'contribution'] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    label: 'Word document',
    extension: 'docx',
    kinds: ['papers', 'contribution'],
  },
  'image/png': { label: 'PNG image', extension: 'png', kinds: ['papers', 'contribution'] },
  'image/jpeg': { label: 'JPEG image', extension: 'jpg', kinds: ['papers', 'contribution'] },
  'image/webp': { label: 'WebP image', extension: 'webp', kinds: ['papers', 'contribution'] },
  'audio/webm': { label: 'Audio recording (WebM)', extension: 'webm', kinds: ['contribution'] },
  'audio/ogg': { label: 'Audio recording (Ogg)', extension: 'ogg', kinds: ['contribution'] },
  'audio/mp4': { label: 'Audio recording (MP4)', extension: 'm4a', kinds: ['contribution'] },
  'audio/mpeg': { label: 'Audio recording (MP3)', extension: 'mp3', kinds: ['contribution'] },
} as const satisfies Record<string, { label: string; extension: string; kinds: readonly AttachmentKind[] }>;
export type AttachmentMime = keyof typeof ATTACHMENT_TYPES;

/** The types one kind accepts. */
export const attachmentTypesFor = (kind: AttachmentKind): AttachmentMime[] =>
  (Object.keys(ATTACHMENT_TYPES) as AttachmentMime[]).filter((mime) =>
    (ATTACHMENT_TYPES[mime].kinds as readonly AttachmentKind[]).includes(kind),
  );

/** Whether a stored type is audio (played with an audio control where it is listed). */
export const isAudioAttachment = (mime: string) => mime.startsWith('audio/');
/** Whether a stored type is an image. */
export const isImageAttachment = (mime: string) => mime.startsWith('image/');

/** Other extensions people's files carry for the same type, kept rather than doubled ("scan.jpeg", not "scan.jpeg.jpg"). */
const EXTENSION_ALIASES: Partial<Record<AttachmentMime, string[]>> = {
  'image/jpeg': ['jpeg', 'jpe'],
  'audio/mp4': ['mp4'],
  'audio/ogg': ['oga', 'opus'],
};

// Characters Windows, macOS or a shell treat specially in a file name.
// eslint-disable-next-line no-control-regex
const FILENAME_RESERVED = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;

/**
 * The name an attached file is stored and downloaded under: only the last part of a path,
 * invisible and control characters and characters file systems reserve removed, spaces
 * collapsed, at most `LIMITS.attachmentNameMax` characters, and always ending in the extension
 * of the type its content was recognised as (a PDF named `notes.exe` is kept as `notes.exe.pdf`).
 * An empty result becomes `attachment.<ext>`.
 */
export function sanitiseAttachmentName(raw: string, mime: AttachmentMime): string {
  const { extension } = ATTACHMENT_TYPES[mime];
  const lastPart = raw.split(/[/\\]/).pop() ?? '';
  let name = Array.from(lastPart.normalize('NFC'))
    .filter((character) => findUnsafeNameCharacter(character) === null)
    .join('')
    .replace(FILENAME_RESERVED, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  const dot = name.lastIndexOf('.');
  const given = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  const keeps = given === extension || (EXTENSION_ALIASES[mime] ?? []).includes(given);
  const stem = keeps ? name.slice(0, dot) : name;
  const suffix = `.${keeps ? given : extension}`;
  name = Array.from(stem)
    .slice(0, LIMITS.attachmentNameMax - suffix.length)
    .join('')
    .trim();
  return `${name || 'attachment'}${suffix}`;
}

/** What goes with an upload, in the query string (the body is the file's bytes). */
export const UploadAttachmentQuerySchema = z
  .object({
    /** The file's own name, as the person's device had it; cleaned by `sanitiseAttachmentName`. */
    name: z.string().trim().min(1, 'is required').max(1000),
    /** What the file is, in the uploader's words ("Speech and language report, March"). */
    description: z
      .string()
      .trim()
      .max(LIMITS.attachmentDescriptionMax)
      .superRefine((value, ctx) => {
        const character = findUnsafeNameCharacter(value.replace(/\n/g, ' '));
        if (character) ctx.addIssue({ code: 'custom', message: unsafeNameMessage(character) });
      })
      .default(''),
  })
  .strict();
export type UploadAttachmentQuery = z.input<typeof UploadAttachmentQuerySchema>;

/** One attached file of a review, by staff route. */
export const AttachmentParamsSchema = z.object({ reviewId: IdSchema, attachmentId: IdSchema });
/**
 * One attached file through a link (personal or LA): the token is any text, checked by the
 * link's own lookup (a malformed link is 410 like every other link that does not work).
 */
export const LinkAttachmentParamsSchema = z.object({ token: z.string().max(200), attachmentId: z.string().max(100) });

/** One attached file as it is listed. */
export interface AttachmentView {
  id: string;
  kind: AttachmentKind;
  /** The participant whose contribution it belongs to (contribution files only). */
  participantId: string | null;
  /** Who attached it: the SENDCo for papers, the participant for their contribution. */
  uploadedByName: string;
  /** For contribution files: the participant's role in words ("Parent or carer"). */
  roleLabel: string | null;
  /** The cleaned file name it downloads as. */
  name: string;
  description: string;
  /** The type its content was recognised as. */
  mime: AttachmentMime;
  /** That type in words ("PDF", "JPEG image", "Audio recording (WebM)"). */
  typeLabel: string;
  /** Bytes. */
  size: number;
  /** SHA-256 of the bytes, hex. */
  sha256: string;
  /** ISO timestamp. */
  createdAt: string;
}

/** A file size in words: "840 bytes", "12 KB", "3.4 MB" (1 KB = 1024 bytes). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
