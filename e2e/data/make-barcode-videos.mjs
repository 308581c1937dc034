#!/usr/bin/env node
// Renders the barcodes the camera e2e test shows to Chromium's fake camera, as Y4M video files
// (`--use-file-for-fake-video-capture`). Pure Node: bwip-js draws the symbol as modules, we
// rasterise them into a grey frame; no ffmpeg. Run: `node e2e/data/make-barcode-videos.mjs`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import bwipjs from 'bwip-js';

const WIDTH = 640;
const HEIGHT = 480;
const FRAMES = 1; // Chromium loops the file; one still frame is enough for a printed label

/** The codes, by file: one per symbology the tablets must read (README: docs/floor-workflows.md). */
export const cameraCodes = {
  'code128-card.y4m': { bcid: 'code128', text: 'KB-1001-1-13' },
  'qr-station.y4m': { bcid: 'qrcode', text: 'ST-L1-20-0D' },
  'datamatrix-gs1-part.y4m': { bcid: 'gs1datamatrix', text: '(91)P1005(10)LOT-9(30)24' },
};

function blankFrame() {
  return new Uint8Array(WIDTH * HEIGHT).fill(235);
}

function drawRect(y, x0, y0, w, h) {
  for (let y1 = y0; y1 < y0 + h; y1++) y.fill(16, y1 * WIDTH + x0, y1 * WIDTH + x0 + w);
}

/** Luma plane of one frame with the symbol centred, with generous quiet zones. */
function rasterise(bcid, text) {
  const [symbol] = bwipjs.raw({ bcid, text, dontlint: true }); // Gemba's AI 91 part labels skip GS1's AI-pairing rules
  const y = blankFrame();
  if (symbol.sbs) {
    const modules = symbol.sbs.reduce((a, b) => a + b, 0);
    const unit = Math.floor((WIDTH * 0.8) / modules);
    let x = Math.floor((WIDTH - modules * unit) / 2);
    const top = Math.floor(HEIGHT * 0.25);
    symbol.sbs.forEach((width, i) => {
      if (i % 2 === 0) drawRect(y, x, top, width * unit, Math.floor(HEIGHT * 0.5));
      x += width * unit;
    });
    return y;
  }
  const unit = Math.floor((HEIGHT * 0.7) / Math.max(symbol.pixx, symbol.pixy));
  const x0 = Math.floor((WIDTH - symbol.pixx * unit) / 2);
  const y0 = Math.floor((HEIGHT - symbol.pixy * unit) / 2);
  for (let r = 0; r < symbol.pixy; r++) {
    for (let c = 0; c < symbol.pixx; c++) if (symbol.pixs[r * symbol.pixx + c]) drawRect(y, x0 + c * unit, y0 + r * unit, unit, unit);
  }
  return y;
}

function y4m(luma) {
  const chroma = new Uint8Array((WIDTH / 2) * (HEIGHT / 2)).fill(128);
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F5:1 Ip A1:1 C420jpeg\n`);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma]);
  return Buffer.concat([header, ...Array.from({ length: FRAMES }, () => frame)]);
}

export function writeCameraVideos(dir = import.meta.dirname) {
  for (const [file, { bcid, text }] of Object.entries(cameraCodes)) writeFileSync(join(dir, file), y4m(rasterise(bcid, text)));
}

if (import.meta.url === `file://${process.argv[1]}`) writeCameraVideos();
