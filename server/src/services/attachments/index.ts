export * from './detect-attachment-type.ts';
export * from './present-attachment.ts';
export * from './list-attachments.ts';
export * from './find-attachment.ts';
export * from './upload-attachment.ts';
export * from './delete-attachment.ts';
export * from './record-attachment-download.ts';
export * from './sweep-unlisted-files.ts';
