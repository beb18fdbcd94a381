import { describe, expect, it } from 'vitest';
import { formatFileSize, sanitiseAttachmentName, UploadAttachmentQuerySchema } from './attachment.schema.ts';
import { LIMITS } from './limits.ts';

describe('sanitiseAttachmentName', () => {
  it('keeps an ordinary name with its own extension', () => {
    expect(sanitiseAttachmentName('Speech and language report.pdf', 'application/pdf')).toBe('Speech and language report.pdf');
    expect(sanitiseAttachmentName('scan.JPEG', 'image/jpeg')).toBe('scan.jpeg');
  });

  it('gives the detected type’s extension to a name that says something else', () => {
    expect(sanitiseAttachmentName('notes.exe', 'application/pdf')).toBe('notes.exe.pdf');
    expect(sanitiseAttachmentName('recording', 'audio/webm')).toBe('recording.webm');
  });

  it('drops folders, reserved and invisible characters and leading dots', () => {
    expect(sanitiseAttachmentName('C:\\Users\\amy\\..\\report.pdf', 'application/pdf')).toBe('report.pdf');
    expect(sanitiseAttachmentName('../../.hidden.pdf', 'application/pdf')).toBe('hidden.pdf');
    expect(sanitiseAttachmentName('a<b>:c|d?.png', 'image/png')).toBe('a_b__c_d_.png');
    expect(sanitiseAttachmentName('evil\u202Egnp.pdf', 'application/pdf')).toBe('evilgnp.pdf');
    expect(sanitiseAttachmentName('   ', 'image/png')).toBe('attachment.png');
  });

  it('keeps other scripts and cuts long names, keeping the extension', () => {
    expect(sanitiseAttachmentName('رسم.png', 'image/png')).toBe('رسم.png');
    const long = sanitiseAttachmentName(
      `${'a'.repeat(500)}.docx`,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(long).toHaveLength(LIMITS.attachmentNameMax);
    expect(long.endsWith('.docx')).toBe(true);
  });
});

describe('UploadAttachmentQuerySchema', () => {
  it('needs a name, limits the description and refuses control characters in it', () => {
    expect(UploadAttachmentQuerySchema.safeParse({}).success).toBe(false);
    expect(UploadAttachmentQuerySchema.parse({ name: 'a.pdf' })).toEqual({ name: 'a.pdf', description: '' });
    expect(
      UploadAttachmentQuerySchema.safeParse({ name: 'a', description: 'x'.repeat(LIMITS.attachmentDescriptionMax + 1) }).success,
    ).toBe(false);
    expect(UploadAttachmentQuerySchema.safeParse({ name: 'a', description: 'bad\u0007' }).success).toBe(false);
  });
});

describe('formatFileSize', () => {
  it('says sizes in bytes, KB and MB', () => {
    expect(formatFileSize(1)).toBe('1 byte');
    expect(formatFileSize(900)).toBe('900 bytes');
    expect(formatFileSize(12_800)).toBe('13 KB');
    expect(formatFileSize(LIMITS.attachmentMaxBytes)).toBe('10.0 MB');
  });
});
