import { zipSync, strToU8 } from 'fflate';
import { crc32, deflateSync } from 'node:zlib';

/** Small real files of every accepted type (and some refused ones), built in memory for tests. */

const u32 = (value: number) => {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(value >>> 0);
  return bytes;
};
/** A PNG chunk: length, type, data and CRC. */
export const pngChunk = (type: string, data: Buffer) => {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  return Buffer.concat([u32(data.length), body, u32(crc32(body))]);
};

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A valid 2×2 red PNG. */
export function pngFile(): Buffer {
  const header = Buffer.concat([u32(2), u32(2), Buffer.from([8, 2, 0, 0, 0])]);
  const rows = Buffer.from([0, 255, 0, 0, 255, 0, 0, 0, 255, 0, 0, 255, 0, 0]);
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(rows)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A one-page PDF. */
export function pdfFile(text = 'Speech and language report'): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n` +
      `3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
    'latin1',
  );
}

/** A real 2×2 red JPEG (made with sharp; images are decoded and encoded again when attached). */
export function jpegFile(): Buffer {
  return Buffer.from(
    '/9j/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAACAAIDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAf/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAABgf/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCTADC6v//Z',
    'base64',
  );
}

/** A real 2×2 red lossless WebP (RIFF … WEBP VP8L). */
export function webpFile(): Buffer {
  return Buffer.from('UklGRhwAAABXRUJQVlA4TA8AAAAvAUAAAAcQZY7+ByKi/wEA', 'base64');
}

const CONTENT_TYPES = (main: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/word/document.xml" ContentType="${main}"/></Types>`;

/** A DOCX: a zip with `[Content_Types].xml` naming the Word main part, and `word/document.xml`. */
export function docxFile(withDocument = true): Buffer {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      CONTENT_TYPES('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'),
    ),
  };
  if (withDocument)
    files['word/document.xml'] = strToU8(
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Report</w:t></w:r></w:p></w:body></w:document>',
    );
  else files['word/styles.xml'] = strToU8('<w:styles/>');
  return Buffer.from(zipSync(files));
}

/** A Windows executable's header (what a renamed `.exe` starts with). */
export function exeFile(): Buffer {
  const bytes = Buffer.alloc(256);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('PE\0\0', 0x80, 'latin1');
  return bytes;
}

const ebml = (id: number[], data: Buffer) => Buffer.concat([Buffer.from(id), Buffer.from([0x80 | data.length]), data]);
const ebmlLong = (id: number[], data: Buffer) =>
  Buffer.concat([Buffer.from(id), Buffer.from([0x40 | (data.length >> 8), data.length & 0xff]), data]);

/** A WebM with one track of the given codec (`A_OPUS`: a voice note as MediaRecorder makes; `V_VP8`: a video). */
export function webmFile(codec = 'A_OPUS'): Buffer {
  const header = ebml(
    [0x1a, 0x45, 0xdf, 0xa3],
    Buffer.concat([ebml([0x42, 0x86], Buffer.from([1])), ebml([0x42, 0x82], Buffer.from('webm'))]),
  );
  const trackEntry = ebml(
    [0xae],
    Buffer.concat([
      ebml([0xd7], Buffer.from([1])),
      ebml([0x83], Buffer.from([codec.startsWith('A_') ? 2 : 1])),
      ebml([0x86], Buffer.from(codec, 'latin1')),
    ]),
  );
  const tracks = ebmlLong([0x16, 0x54, 0xae, 0x6b], trackEntry);
  const cluster = ebml([0x1f, 0x43, 0xb6, 0x75], Buffer.from([0xe7, 0x81, 0x00]));
  // A SeekHead naming the cluster's ID before the tracks, as Chrome's MediaRecorder writes it.
  const seek = ebml(
    [0x4d, 0xbb],
    Buffer.concat([ebml([0x53, 0xab], Buffer.from([0x1f, 0x43, 0xb6, 0x75])), ebml([0x53, 0xac], Buffer.from([0x40]))]),
  );
  const segment = Buffer.concat([
    Buffer.from([0x18, 0x53, 0x80, 0x67, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
    ebml([0x11, 0x4d, 0x9b, 0x74], seek),
    tracks,
    cluster,
  ]);
  return Buffer.concat([header, segment, Buffer.alloc(64)]);
}

/** An Ogg Opus stream's first page. */
export function oggFile(): Buffer {
  const head = Buffer.concat([Buffer.from('OpusHead', 'latin1'), Buffer.from([1, 1, 0x38, 0x01, 0x80, 0xbb, 0, 0, 0, 0, 0])]);
  const page = Buffer.alloc(27);
  page.write('OggS', 0, 'latin1');
  page[5] = 0x02;
  page[26] = 1;
  return Buffer.concat([page, Buffer.from([head.length]), head, Buffer.alloc(64)]);
}

/** An MP3 frame (MPEG-1 layer III) after an empty ID3v2 tag. */
export function mp3File(): Buffer {
  const frame = Buffer.alloc(417);
  frame.set([0xff, 0xfb, 0x90, 0x64]);
  return Buffer.concat([Buffer.from('ID3', 'latin1'), Buffer.from([3, 0, 0, 0, 0, 0, 0]), frame, frame]);
}

const box = (type: string, data: Buffer) => Buffer.concat([u32(8 + data.length), Buffer.from(type, 'latin1'), data]);

/** An MP4 with one track whose handler is `soun` (an M4A voice note) or `vide` (a video). */
export function mp4File(handler: 'soun' | 'vide' = 'soun'): Buffer {
  const brand = handler === 'soun' ? 'M4A ' : 'isom';
  const ftyp = box('ftyp', Buffer.concat([Buffer.from(brand, 'latin1'), u32(0), Buffer.from(`${brand}isom`, 'latin1')]));
  const hdlr = box('hdlr', Buffer.concat([u32(0), u32(0), Buffer.from(handler, 'latin1'), Buffer.alloc(12), Buffer.from([0])]));
  const moov = box('moov', box('trak', box('mdia', hdlr)));
  return Buffer.concat([ftyp, moov, box('mdat', Buffer.alloc(32))]);
}
