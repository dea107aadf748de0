/**
 * Layout measurements taken in the page: words broken inside, sideways scrolling, and controls
 * laid over code. Each returns what it found, for the assertion message.
 */
import type { Page } from 'playwright-core';

/** How far the page scrolls sideways (0 when it fits the viewport). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Code blocks that scroll sideways (a response field cut off at the right), by their first characters. */
export function codeScrollingSideways(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('#api-content pre'))
      .filter((pre) => pre.clientWidth > 0 && pre.scrollWidth > pre.clientWidth + 1)
      .map((pre) => (pre.textContent ?? '').trim().slice(0, 40)),
  );
}

/**
 * Words laid out on more than one line, in the elements `selector` finds. A word is a run of
 * characters between the places a line may break: spaces, after a hyphen or a slash (as browsers
 * break), and the break points the site adds (`<wbr>`, which splits the text node, and U+200B
 * after the "." and "_" of a long identifier).
 */
export function brokenWords(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const broken: string[] = [];
    for (const element of Array.from(document.querySelectorAll(selector))) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const pattern = /[^\s\u200B/-]+[/-]?|[/-]/g;
        for (let match = pattern.exec(node.data); match; match = pattern.exec(node.data)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set(
            Array.from(range.getClientRects())
              .filter((rect) => rect.width > 0)
              .map((rect) => Math.round(rect.top)),
          );
          if (tops.size > 1) broken.push(`${match[0]} (in <${element.tagName.toLowerCase()}>)`);
        }
      }
    }
    return [...new Set(broken)];
  }, selector);
}

/**
 * Controls (buttons) whose box lies over a line of text of the reference (code, example values, prose) on screen. A line
 * scrolled under the site's sticky bar is out of sight, not covered, so the visible area starts
 * below the bar.
 */
export function controlsOverCode(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const nav = document.querySelector('.rtc-site-nav');
    const navStyle = nav ? getComputedStyle(nav) : undefined;
    const top =
      nav && navStyle && (navStyle.position === 'sticky' || navStyle.position === 'fixed')
        ? nav.getBoundingClientRect().bottom
        : 0;
    const lines: { rect: DOMRect; text: string; node: Text }[] = [];
    for (const block of Array.from(document.querySelectorAll('#api-content'))) {
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (node.data.trim() === '') continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of Array.from(range.getClientRects())) {
          if (rect.width === 0 || rect.bottom <= top || rect.top >= innerHeight) continue;
          lines.push({ rect, text: node.data.trim().slice(0, 40), node });
        }
      }
    }
    const found: string[] = [];
    const controls = Array.from(document.querySelectorAll('button, [role="button"]'));
    for (const control of controls) {
      const box = control.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (!control.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      for (const { rect, text, node } of lines) {
        // A control's own label (code inside a button) is not covered by it.
        if (control.contains(node)) continue;
        const overlap =
          Math.min(box.right, rect.right) - Math.max(box.left, rect.left) > 1 &&
          Math.min(box.bottom, rect.bottom) - Math.max(box.top, rect.top) > 1;
        if (!overlap) continue;
        // Covering means on top: in the middle of the overlap, what the eye sees is not the text's own box
        // (but the control, or the wrapper it sits in); a control under the text covers nothing.
        const x = (Math.max(box.left, rect.left) + Math.min(box.right, rect.right)) / 2;
        const y = (Math.max(box.top, rect.top) + Math.min(box.bottom, rect.bottom)) / 2;
        const seen = document.elementFromPoint(x, y);
        if (seen && !seen.contains(node))
          found.push(
            `${control.getAttribute('aria-label') ?? control.textContent?.trim() ?? 'button'} over "${text}"`,
          );
      }
    }
    return [...new Set(found)];
  });
}
