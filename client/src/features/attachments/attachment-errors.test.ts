import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/index.ts';
import { i18n } from '../../i18n/index.ts';
import { uploadErrorMessage } from './attachment-errors.ts';

describe('uploadErrorMessage', () => {
  const t = i18n.getFixedT('en');

  it('says a damaged picture could not be read, and how to try again', () => {
    expect(uploadErrorMessage(new ApiError(422, 'attachment_unreadable', 'x'), t)).toBe(
      'This picture could not be read: it may be damaged. Save it again, or take the photo again, and add it once more.',
    );
  });

  it('says a picture has too many pixels, with the limit, not the file-size limit', () => {
    const message = uploadErrorMessage(new ApiError(413, 'image_too_many_pixels', 'x'), t);
    expect(message).toContain('at most 50 megapixels');
    expect(message).not.toContain('MB');
  });

  it('speaks the person’s language', () => {
    expect(uploadErrorMessage(new ApiError(422, 'attachment_unreadable', 'x'), i18n.getFixedT('pl'))).toContain('uszkodzony');
  });
});
