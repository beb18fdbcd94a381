/** Where a caret is drawn inside a text box, in pixels from the box's top-left border corner. */
export interface CaretBox {
  top: number;
  left: number;
  height: number;
}

/** The computed styles that decide where text wraps and how wide each character is. */
const COPIED = [
  'boxSizing',
  'width',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderStyle',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'fontStyle',
  'fontVariant',
  'fontWeight',
  'fontStretch',
  'fontSize',
  'fontFamily',
  'fontKerning',
  'fontFeatureSettings',
  'lineHeight',
  'letterSpacing',
  'wordSpacing',
  'textTransform',
  'textIndent',
  'tabSize',
  'direction',
] as const;

/**
 * Measures where the caret at `index` sits in `element` by laying out its text in an invisible
 * copy with the same font, padding and width, then allowing for the box's scroll. Returns null
 * when that spot is scrolled out of view.
 */
export function caretCoordinates(element: HTMLInputElement | HTMLTextAreaElement, index: number): CaretBox | null {
  const computed = getComputedStyle(element);
  const isInput = element instanceof HTMLInputElement;
  const mirror = document.createElement('div');
  for (const property of COPIED) mirror.style[property] = computed[property];
  Object.assign(mirror.style, {
    position: 'absolute',
    visibility: 'hidden',
    top: '0',
    left: '-9999px',
    overflow: 'hidden',
    whiteSpace: isInput ? 'pre' : 'pre-wrap',
    overflowWrap: isInput ? 'normal' : 'break-word',
    height: 'auto',
  });
  if (!isInput) {
    // Wrap at the width the text really has (a scrollbar takes some of it).
    const borders = parseFloat(computed.borderLeftWidth) + parseFloat(computed.borderRightWidth);
    mirror.style.boxSizing = 'border-box';
    mirror.style.width = `${element.clientWidth + borders}px`;
  }
  mirror.textContent = element.value.slice(0, index);
  const marker = document.createElement('span');
  // The rest of the text keeps the wrapping of the word the caret is in.
  marker.textContent = element.value.slice(index) || '.';
  mirror.appendChild(marker);
  document.body.appendChild(mirror);
  const lineHeight = parseFloat(computed.lineHeight) || parseFloat(computed.fontSize) * 1.2;
  const borderTop = parseFloat(computed.borderTopWidth);
  const borderLeft = parseFloat(computed.borderLeftWidth);
  const top = isInput
    ? (element.offsetHeight - lineHeight) / 2 // a single line is centred vertically
    : marker.offsetTop + borderTop - element.scrollTop;
  const left = marker.offsetLeft + borderLeft - element.scrollLeft;
  mirror.remove();
  const isVisible =
    top + lineHeight > borderTop &&
    top < element.offsetHeight - borderTop &&
    left >= borderLeft &&
    left <= element.offsetWidth - borderLeft;
  return isVisible ? { top, left, height: lineHeight } : null;
}
