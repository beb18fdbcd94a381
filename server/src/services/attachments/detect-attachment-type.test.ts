import { describe, expect, it } from 'vitest';
import {
  docxFile,
  exeFile,
  jpegFile,
  mp3File,
  mp4File,
  oggFile,
  pdfFile,
  pngFile,
  webmFile,
  webpFile,
} from '../../test/attachment-fixtures.ts';
import { detectAttachmentType, zipHasEntry } from './detect-attachment-type.ts';

describe('detectAttachmentType (by content, never by name)', () => {
  it.each([
    ['a PDF', pdfFile(), 'application/pdf'],
    ['a DOCX', docxFile(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['a PNG', pngFile(), 'image/png'],
    ['a JPEG', jpegFile(), 'image/jpeg'],
    ['a WebP', webpFile(), 'image/webp'],
    ['a WebM voice note (Opus)', webmFile('A_OPUS'), 'audio/webm'],
    ['an Ogg voice note (Opus)', oggFile(), 'audio/ogg'],
    ['an M4A voice note', mp4File('soun'), 'audio/mp4'],
    ['an MP3', mp3File(), 'audio/mpeg'],
  ])('accepts %s', async (_what, bytes, mime) => {
    expect(await detectAttachmentType(bytes)).toEqual({ accepted: mime });
  });

  it('refuses a Windows program, saying what it was recognised as', async () => {
    expect(await detectAttachmentType(exeFile())).toEqual({ accepted: null, recognisedAs: 'application/x-msdownload' });
  });

  it('refuses a zip that says it is Word but holds no word/document.xml', async () => {
    expect(zipHasEntry(docxFile(false), 'word/document.xml')).toBe(false);
    expect((await detectAttachmentType(docxFile(false))).accepted).toBeNull();
  });

  it('refuses videos: a WebM with a video track, an MP4 with a video handler', async () => {
    expect((await detectAttachmentType(webmFile('V_VP8'))).accepted).toBeNull();
    expect((await detectAttachmentType(mp4File('vide'))).accepted).toBeNull();
  });

  it('refuses text and unknown bytes', async () => {
    expect(await detectAttachmentType(Buffer.from('<script>alert(1)</script>'))).toEqual({ accepted: null, recognisedAs: null });
    expect((await detectAttachmentType(Buffer.from('not a zip but named report.docx'))).accepted).toBeNull();
  });
});
