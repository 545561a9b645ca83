import fs from 'node:fs';
import { chromium, type BrowserContext } from 'playwright-core';
import { AppError } from '../../http/problems.js';
import { escapeHtml } from './html.js';

/** Debian's Chromium; the server never downloads a browser of its own. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

const INSTALL_HINT =
  'Install Chromium and the Noto fonts on the server (Debian: apt-get install chromium fonts-noto-core fonts-noto-cjk), or open the report page and print it from your browser.';

export class PdfRendererMissingError extends AppError {
  constructor(detail: string) {
    super(503, 'pdf-renderer-missing', 'PDF export is not available on this server', detail);
  }
}

let shared: Promise<BrowserContext> | undefined;

function launch(): Promise<BrowserContext> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    return Promise.reject(
      new PdfRendererMissingError(`Chromium is not installed at ${CHROMIUM_PATH}. ${INSTALL_HINT}`),
    );
  }
  return chromium
    .launch({
      executablePath: CHROMIUM_PATH,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    })
    .catch((error: unknown) => {
      throw new PdfRendererMissingError(
        `Chromium at ${CHROMIUM_PATH} could not start (${error instanceof Error ? error.message.split('\n')[0] : String(error)}). ${INSTALL_HINT}`,
      );
    })
    .then(async (browser) => {
      browser.on('disconnected', () => {
        shared = undefined;
      });
      // Report pages need neither scripts nor the network: everything is in the HTML.
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      await context.route('**/*', (route) => route.abort());
      return context;
    });
}

/**
 * One browser and context per process, started with the first report, so later reports skip
 * the start-up; each report gets its own page.
 */
function sharedContext(): Promise<BrowserContext> {
  const current = (shared ??= launch());
  // A failed start is not kept, so installing Chromium later works without a restart.
  current.catch(() => {
    if (shared === current) shared = undefined;
  });
  return current;
}

/** Closes the shared browser, if one was started; the app calls this when it closes. */
export async function closeReportBrowser(): Promise<void> {
  const current = shared;
  shared = undefined;
  const context = await current?.catch(() => undefined);
  await context?.browser()?.close();
}

/**
 * Prints a self-contained report page to an A4 PDF with page numbers.
 */
export async function renderReportPdf(
  reportHtml: string,
  options: { footer?: string } = {},
): Promise<Buffer> {
  const page = await (await sharedContext()).newPage();
  try {
    await page.setContent(reportHtml, { waitUntil: 'load' });
    const footer = escapeHtml(options.footer ?? '');
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="font-family:'Noto Sans','Noto Sans Arabic','Noto Sans CJK SC',sans-serif;font-size:8px;color:#5b6b7b;inline-size:100%;padding-inline:14mm;display:flex;justify-content:space-between"><span>${footer}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
    });
  } finally {
    await page.close();
  }
}
