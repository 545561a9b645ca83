import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** The system Chromium (Debian's `chromium` package); tests never download a browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Whether browser tests can run here. A developer without Chromium gets the suite skipped with
 * the reason printed; in CI a missing browser is an error, so the tests cannot silently vanish.
 */
export function chromiumAvailable(): boolean {
  if (fs.existsSync(CHROMIUM_PATH)) return true;
  const reason = `${CHROMIUM_PATH} is not installed (Debian: apt-get install chromium)`;
  if (process.env.CI === 'true') {
    throw new Error(`CI=true but ${reason}: the browser tests must run in CI.`);
  }
  console.warn(`Browser tests skipped: ${reason}.`);
  return false;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
