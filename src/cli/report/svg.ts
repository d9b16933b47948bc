/**
 * Small inline SVG charts for the HTML report: no chart library, no network, readable without
 * JavaScript. Each chart has a <title> and a text table fallback is left to the caller.
 */

export interface Datum {
  label: string;
  value: number;
  /** Text shown at the end of the bar/column, e.g. "€ 1.234" or "32%". */
  display: string;
}

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

const PALETTE = ['#2f6f9f', '#e07b39', '#4c9a52', '#b54a5a', '#7a5ea8', '#8a7a3a'];

/** Horizontal bars, one per datum; negative values extend left of the zero line. */
export function horizontalBars(title: string, data: readonly Datum[], width = 640): string {
  const rowH = 26;
  const labelW = 200;
  const valueW = 90;
  const plotW = width - labelW - valueW - 20;
  const height = 40 + data.length * rowH;
  const min = Math.min(0, ...data.map((d) => d.value));
  const max = Math.max(0, ...data.map((d) => d.value));
  const span = max - min || 1;
  const x = (v: number): number => labelW + ((v - min) / span) * plotW;
  const zero = x(0);
  const bars = data
    .map((d, i) => {
      const y = 30 + i * rowH;
      const x0 = Math.min(zero, x(d.value));
      const w = Math.abs(x(d.value) - zero);
      return (
        `<text x="${labelW - 8}" y="${y + 16}" text-anchor="end">${escapeXml(d.label)}</text>` +
        `<rect x="${x0.toFixed(1)}" y="${y + 4}" width="${w.toFixed(1)}" height="${rowH - 8}" fill="${d.value < 0 ? PALETTE[2] : PALETTE[0]}"><title>${escapeXml(`${d.label}: ${d.display}`)}</title></rect>` +
        `<text x="${(Math.max(zero, x(d.value)) + 6).toFixed(1)}" y="${y + 16}">${escapeXml(d.display)}</text>`
      );
    })
    .join('');
  return svg(
    width,
    height,
    title,
    `${bars}<line x1="${zero.toFixed(1)}" y1="28" x2="${zero.toFixed(1)}" y2="${height - 6}" stroke="#888"/>`,
  );
}

/** Vertical columns over categories (months, aging buckets). */
export function columns(title: string, data: readonly Datum[], width = 640): string {
  const height = 260;
  const top = 30;
  const bottom = 50;
  const plotH = height - top - bottom;
  const slot = (width - 40) / Math.max(1, data.length);
  const max = Math.max(0, ...data.map((d) => d.value)) || 1;
  const cols = data
    .map((d, i) => {
      const h = (Math.max(0, d.value) / max) * plotH;
      const x = 20 + i * slot;
      const y = top + plotH - h;
      return (
        `<rect x="${(x + slot * 0.15).toFixed(1)}" y="${y.toFixed(1)}" width="${(slot * 0.7).toFixed(1)}" height="${h.toFixed(1)}" fill="${PALETTE[i % 2 === 0 ? 0 : 1]}"><title>${escapeXml(`${d.label}: ${d.display}`)}</title></rect>` +
        `<text x="${(x + slot / 2).toFixed(1)}" y="${(top + plotH + 16).toFixed(1)}" text-anchor="middle">${escapeXml(d.label)}</text>`
      );
    })
    .join('');
  return svg(
    width,
    height,
    title,
    `${cols}<line x1="20" y1="${top + plotH}" x2="${width - 20}" y2="${top + plotH}" stroke="#888"/>`,
  );
}

function svg(width: number, height: number, title: string, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">` +
    `<title>${escapeXml(title)}</title><text x="10" y="18" font-size="14" font-weight="bold">${escapeXml(title)}</text>${body}</svg>`
  );
}
