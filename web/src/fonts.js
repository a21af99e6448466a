// [SECTION] Fonts: glyphs drawn by the browser in the page's own font (wasm/web/fonts.cpp
// calls Module.nqFonts), or a subset of Inter from web/dist when canvas read-back is noisy.
import { base } from './base.js';

var glyphCanvas = null;

export function glyphContext() {
  if (!glyphCanvas) {
    glyphCanvas = document.createElement('canvas');
    glyphCanvas.width = glyphCanvas.height = 64;
  }
  return glyphCanvas.getContext('2d', { willReadFrequently: true });
}

// Some browsers add noise to canvas read-back (fingerprinting protection): a flat colour
// must read back exactly, and the same glyph twice must give the same pixels.
var readbackClean = null;
export function canvasReadbackClean() {
  if (readbackClean !== null) return readbackClean;
  try {
    var ctx = glyphContext();
    if (!ctx || typeof ctx.measureText !== 'function') return (readbackClean = false);
    ctx.clearRect(0, 0, 64, 64);
    ctx.fillStyle = 'rgb(10, 200, 30)';
    ctx.fillRect(0, 0, 16, 16);
    var flat = ctx.getImageData(0, 0, 16, 16).data;
    for (var i = 0; i < flat.length; i += 4) {
      if (flat[i] !== 10 || flat[i + 1] !== 200 || flat[i + 2] !== 30 || flat[i + 3] !== 255) return (readbackClean = false);
    }
    ctx.clearRect(0, 0, 64, 64);
    ctx.font = '24px sans-serif';
    ctx.fillStyle = '#fff';
    ctx.fillText('a', 4, 24);
    ctx.fillText('a', 36, 24);
    var left = ctx.getImageData(0, 0, 32, 32).data;
    var right = ctx.getImageData(32, 0, 32, 32).data;
    var ink = 0;
    for (var k = 0; k < left.length; k++) {
      if (left[k] !== right[k]) return (readbackClean = false);
      ink += left[k];
    }
    readbackClean = ink > 0;
  } catch (e) {
    readbackClean = false;
  }
  return readbackClean;
}

// Module.nqFonts for one widget: the family is the host's computed font-family.
export function createCanvasFonts(host) {
  var family = getComputedStyle(host).fontFamily || 'sans-serif';
  var ctx = glyphContext();
  var ratios = [0, 0];  // CSS px per ImGui size unit, regular and bold: ascent + descent = size
  var pixels = new Uint8Array(0);

  function face(bold, px) { return (bold ? '700 ' : '400 ') + px + 'px ' + family; }

  function vertical(m) {
    var asc = m.fontBoundingBoxAscent, desc = m.fontBoundingBoxDescent;
    if (!(asc > 0)) { asc = m.actualBoundingBoxAscent; desc = m.actualBoundingBoxDescent; }
    return [asc, desc];
  }

  function ratio(bold) {
    if (!ratios[bold]) {
      ctx.font = face(bold, 100);
      var v = vertical(ctx.measureText('Hgjy'));
      ratios[bold] = 100 / Math.max(1, v[0] + v[1]);
    }
    return ratios[bold];
  }

  return {
    family: family,
    metrics: function (bold, size) {
      var px = size * ratio(bold);
      ctx.font = face(bold, px);
      ctx.textBaseline = 'alphabetic';
      return vertical(ctx.measureText('Hgjy'));
    },
    // [advance, left, top, width, height, coloured] in device pixels, and the pixels kept for pixels().
    glyph: function (codepoint, bold, size) {
      var text = String.fromCodePoint(codepoint);
      ctx.font = face(bold, size * ratio(bold));
      var m = ctx.measureText(text);
      var left = Math.ceil(m.actualBoundingBoxLeft) + 1, right = Math.ceil(m.actualBoundingBoxRight) + 1;
      var top = Math.ceil(m.actualBoundingBoxAscent) + 1, bottom = Math.ceil(m.actualBoundingBoxDescent) + 1;
      var w = left + right, h = top + bottom;
      if (w <= 2 || h <= 2 || !isFinite(w + h)) return [m.width, 0, 0, 0, 0, 0];
      var canvas = ctx.canvas;
      if (canvas.width < w || canvas.height < h) {
        canvas.width = Math.max(canvas.width, w);
        canvas.height = Math.max(canvas.height, h);
        ctx.font = face(bold, size * ratio(bold));  // resizing resets the context
      }
      ctx.clearRect(0, 0, w, h);
      ctx.textBaseline = 'alphabetic';
      ctx.fillStyle = '#fff';
      ctx.fillText(text, left, top);
      var rgba = ctx.getImageData(0, 0, w, h).data;
      // Plain glyphs come back white; anything else carries its own colours (emoji).
      var coloured = false, ink = false;
      for (var i = 0; i < rgba.length; i += 4) {
        if (rgba[i + 3] === 0) continue;
        ink = true;
        if (rgba[i + 3] < 64) continue;  // faint edges read back with rounding noise
        if (rgba[i] < 250 || rgba[i + 1] < 250 || rgba[i + 2] < 250) { coloured = true; break; }
      }
      if (!ink) return [m.width, 0, 0, 0, 0, 0];
      if (coloured) {
        pixels = new Uint8Array(rgba.buffer.slice(0));
      } else {
        pixels = new Uint8Array(w * h);
        for (var p = 0; p < pixels.length; p++) pixels[p] = rgba[p * 4 + 3];
      }
      return [m.width, left, top, w, h, coloured ? 1 : 0];
    },
    pixels: function () { return pixels; },
  };
}

// The fallback faces, fetched once per page: [regular, bold] ArrayBuffers.
var fallbackFonts = null;
export function loadFallbackFonts() {
  if (!fallbackFonts) {
    fallbackFonts = Promise.all(['newsquiz-inter-regular.otf', 'newsquiz-inter-bold.otf'].map(function (name) {
      return fetch(base + name).then(function (r) {
        if (!r.ok) throw new Error('could not load ' + base + name + ' (HTTP ' + r.status + '): deploy every file of web/dist together');
        return r.arrayBuffer();
      });
    }));
  }
  return fallbackFonts;
}
