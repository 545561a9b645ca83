import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectNoSeriousA11yViolations } from './accessibility.js';
import { screenshot } from './screenshot.js';

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 375, height: 812 };

/** A new browser (its own cookies), as a separate person would have, in British English. */
export async function openPage(
  browser: Browser,
  viewport: { width: number; height: number } = DESKTOP,
): Promise<Page> {
  const context = await browser.newContext({
    viewport,
    locale: 'en-GB',
    ...(viewport.width < 600 ? { isMobile: true, hasTouch: true } : {}),
  });
  return context.newPage();
}

/** Fails on sideways scrolling, naming the innermost elements that stick out, to fix them. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')].filter(
      (element) => element.getBoundingClientRect().right > viewport + 0.5,
    );
    const innermost = wide.filter(
      (element) => !wide.some((other) => element.contains(other) && other !== element),
    );
    return {
      content: document.documentElement.scrollWidth,
      viewport,
      culprits: innermost
        .slice(0, 5)
        .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`),
    };
  });
  expect(
    widths.content,
    `horizontal scroll on ${page.url()}, from ${widths.culprits.join(', ')}`,
  ).toBeLessThanOrEqual(widths.viewport);
}

/**
 * What every page a test visits must pass: no serious accessibility violation, and readable on
 * a 375px phone without sideways scrolling. Screenshots of both widths are saved as NAME-desktop
 * and NAME-phone for a person to look at.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, `${name}-desktop`);
  const size = page.viewportSize() ?? DESKTOP;
  await page.setViewportSize(PHONE);
  try {
    await expectNoHorizontalScroll(page);
    await screenshot(page, `${name}-phone`);
  } finally {
    await page.setViewportSize(size);
  }
}
