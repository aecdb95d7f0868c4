// Small charts drawn as inline SVG by the page itself: no library, nothing fetched.

const SVG = 'http://www.w3.org/2000/svg';

function svgElement(name, attributes = {}) {
  const element = document.createElementNS(SVG, name);
  Object.entries(attributes).forEach(([key, value]) => element.setAttribute(key, String(value)));
  return element;
}

function numberOrNull(value) {
  if (value === null || value === undefined || value === '') {
    return null;
  }
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

/**
 * A bullet chart: a bar from zero to the actual value, a dark tick at the target. The bar's fill is the status's
 * (met: solid blue; not met: orange with diagonal hatching; not judged: grey), so the chart reads in grey scale and
 * for colour-blind readers too. Either number may be missing; then only what there is is drawn.
 */
export function bulletChart({ actual, target, unit, status, label, width = 160, height = 16 }) {
  const value = numberOrNull(actual);
  const goal = numberOrNull(target);
  // Stretched to its box's width by the style sheet; the lines keep their width (non-scaling strokes).
  const svg = svgElement('svg', {
    class: `bullet bullet-${status}`, width, height, viewBox: `0 0 ${width} ${height}`, preserveAspectRatio: 'none',
    role: 'img',
  });
  const title = svgElement('title');
  title.textContent = label;
  svg.appendChild(title);

  const shares = unit === 'percent';
  let low = Math.min(0, value ?? 0, goal ?? 0);
  let high = Math.max(value ?? 0, goal ?? 0, shares ? 100 : 0);
  if (unit === 'NPS') {
    low = Math.min(low, 0);
    high = Math.max(high, 100);
  }
  if (high === low) {
    high = low + 1;
  }
  const pad = 2;
  const span = width - 2 * pad;
  const x = (v) => pad + ((v - low) / (high - low)) * span;

  svg.appendChild(svgElement('rect', { class: 'track', x: pad, y: 4, width: span, height: height - 8, rx: 2 }));
  if (value !== null) {
    const from = x(Math.min(0, value));
    const to = x(Math.max(0, value));
    svg.appendChild(svgElement('rect', {
      class: 'bar', x: from, y: 4, width: Math.max(to - from, 1.5), height: height - 8, rx: 1,
    }));
  }
  if (low < 0) {
    svg.appendChild(svgElement('line', { class: 'zero', x1: x(0), x2: x(0), y1: 2, y2: height - 2 }));
  }
  if (goal !== null) {
    svg.appendChild(svgElement('line', { class: 'target', x1: x(goal), x2: x(goal), y1: 1, y2: height - 1 }));
  }
  return svg;
}

/** Hatching for "not met", defined once per page and referenced by the charts' CSS. */
export function chartDefinitions() {
  const svg = svgElement('svg', { width: 0, height: 0, class: 'chart-definitions', 'aria-hidden': 'true' });
  const defs = svgElement('defs');
  const pattern = svgElement('pattern', {
    id: 'hatch-not-met', width: 5, height: 5, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)',
  });
  pattern.appendChild(svgElement('rect', { width: 5, height: 5, class: 'hatch-ground' }));
  pattern.appendChild(svgElement('line', { x1: 0, y1: 0, x2: 0, y2: 5, class: 'hatch-line' }));
  defs.appendChild(pattern);
  svg.appendChild(defs);
  return svg;
}

/** A progress bar with its share written beside it. */
export function progressBar(percent, label, width = 260, height = 14) {
  const share = Math.max(0, Math.min(100, numberOrNull(percent) ?? 0));
  const svg = svgElement('svg', { class: 'progress', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img' });
  const title = svgElement('title');
  title.textContent = label;
  svg.appendChild(title);
  svg.appendChild(svgElement('rect', { class: 'track', x: 0, y: 0, width, height, rx: 3 }));
  svg.appendChild(svgElement('rect', { class: 'bar', x: 0, y: 0, width: (share / 100) * width, height, rx: 3 }));
  return svg;
}
