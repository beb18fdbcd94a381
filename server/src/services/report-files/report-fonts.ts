import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The fonts embedded in PDFs (server/assets/fonts, with their licences). */
export interface ReportFonts {
  regular: Buffer;
  bold: Buffer;
  italic: Buffer;
  arabic: Buffer;
  arabicBold: Buffer;
}

const FILES = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  arabic: 'NotoNaskhArabic-Regular.ttf',
  arabicBold: 'NotoNaskhArabic-Bold.ttf',
} as const satisfies Record<keyof ReportFonts, string>;

/** server/assets/fonts, found from this module whether it runs from source or from the bundle in dist/. */
function fontsDirectory(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'assets', 'fonts');
    if (existsSync(join(candidate, FILES.regular))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('server/assets/fonts not found: the PDF fonts ship with the server');
    dir = parent;
  }
}

let loaded: ReportFonts | null = null;

/** The report fonts, read once (about 2.4 MB) and kept. */
export function reportFonts(): ReportFonts {
  if (!loaded) {
    const dir = fontsDirectory();
    loaded = Object.fromEntries(
      Object.entries(FILES).map(([key, file]) => [key, readFileSync(join(dir, file))]),
    ) as unknown as ReportFonts;
  }
  return loaded;
}
