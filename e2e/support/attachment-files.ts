import type { Browser, Page } from '@playwright/test';

/**
 * Real files for attachment journeys, made by the browser itself: a PDF (Chromium's own print to
 * PDF) and a child's drawing as a PNG (a canvas, screenshotted). No fixture files in the repo.
 */
export async function makeAttachmentFiles(browser: Browser): Promise<{ pdf: Buffer; drawing: Buffer }> {
  const { pdf, drawing } = await makeDocuments(browser);
  return { pdf, drawing };
}

/**
 * A second's voice note as MediaRecorder makes it (WebM/Opus), recorded from a tone in the
 * browser, so no microphone is needed. The click is the user gesture audio needs to start.
 */
export async function makeVoiceNote(browser: Browser): Promise<Buffer> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.setContent('<button id="go">Record</button>');
  await page.evaluate(() => {
    document.getElementById('go')!.addEventListener('click', () => {
      const audio = new AudioContext();
      const tone = audio.createOscillator();
      const out = audio.createMediaStreamDestination();
      tone.connect(out);
      tone.start();
      const recorder = new MediaRecorder(out.stream, { mimeType: 'audio/webm;codecs=opus' });
      const chunks: Blob[] = [];
      recorder.ondataavailable = (event) => chunks.push(event.data);
      recorder.onstop = () =>
        void new Blob(chunks)
          .arrayBuffer()
          .then((buffer) => ((window as unknown as { voice: number[] }).voice = Array.from(new Uint8Array(buffer))));
      recorder.start();
      setTimeout(() => recorder.stop(), 1000);
    });
  });
  await page.click('#go');
  const bytes = await page.waitForFunction(() => (window as unknown as { voice?: number[] }).voice);
  const voice = Buffer.from((await bytes.jsonValue()) as number[]);
  await context.close();
  return voice;
}

async function makeDocuments(browser: Browser): Promise<{ pdf: Buffer; drawing: Buffer }> {
  const context = await browser.newContext({ viewport: { width: 320, height: 240 } });
  const page = await context.newPage();
  await page.setContent(
    '<h1>Speech and language therapy report</h1><p>Farhan uses four-word sentences in class and asks for help.</p>',
  );
  const pdf = await page.pdf({ format: 'A5' });
  await page.setContent('<canvas id="c" width="320" height="240"></canvas>');
  await page.evaluate(() => {
    const ctx = (document.getElementById('c') as HTMLCanvasElement).getContext('2d')!;
    ctx.fillStyle = '#fef9c3';
    ctx.fillRect(0, 0, 320, 240);
    ctx.fillStyle = '#facc15';
    ctx.beginPath();
    ctx.arc(260, 50, 30, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = '#ef4444';
    ctx.fillRect(60, 110, 120, 90);
    ctx.fillStyle = '#1d4ed8';
    ctx.beginPath();
    ctx.moveTo(50, 110);
    ctx.lineTo(120, 55);
    ctx.lineTo(190, 110);
    ctx.fill();
    ctx.fillStyle = '#16a34a';
    ctx.fillRect(0, 200, 320, 40);
  });
  const drawing = await page.locator('#c').screenshot();
  await context.close();
  return { pdf, drawing };
}

/**
 * What an image shows, decoded by the browser: its size and a SHA-256 of its RGBA pixels. An
 * attached picture is stored without its metadata (so not byte for byte as sent) and must still
 * show exactly what was sent.
 */
export async function pixelsOf(
  page: Page,
  image: Buffer,
  mime: string,
): Promise<{ width: number; height: number; digest: string }> {
  return page.evaluate(
    async ({ base64, type }) => {
      // From the bytes themselves: a page's Content-Security-Policy may refuse to fetch a data: URL.
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', pixels));
      return {
        width: bitmap.width,
        height: bitmap.height,
        digest: Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join(''),
      };
    },
    { base64: image.toString('base64'), type: mime },
  );
}
