import { readFileSync } from 'node:fs';
import { PDFParse } from 'pdf-parse';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';

/**
 * Reads a rendered PDF the way a person does: its text, and the QR codes printed on each page, decoded from the
 * rasterized page (pdf.js draws it on @napi-rs/canvas; ZXing-C++ compiled to WebAssembly reads the PNG). No system
 * binary is involved.
 */

let zxingReady = false;

function prepareDecoder(): void {
  if (zxingReady) return;
  // The package would fetch its WebAssembly from a CDN; the copy installed with it is used instead.
  const wasmBinary = readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm'));
  prepareZXingModule({ overrides: { wasmBinary: wasmBinary.buffer.slice(0) as ArrayBuffer } });
  zxingReady = true;
}

/** The text of every page, whitespace collapsed to single spaces. */
export async function pdfText(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, ' ');
  } finally {
    await parser.destroy();
  }
}

/** The text of each page, whitespace collapsed. */
export async function pdfPageTexts(pdf: Buffer): Promise<string[]> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).pages.map((page) => page.text.replace(/\s+/g, ' '));
  } finally {
    await parser.destroy();
  }
}

export interface PrintedQrCode {
  /** The UTF-8 text it carries. */
  readonly text: string;
  /** Error correction level: L, M, Q or H. */
  readonly ecLevel: string;
}

/** The QR codes of each page, top to bottom. */
export async function pdfQrCodes(pdf: Buffer, scale = 3): Promise<PrintedQrCode[][]> {
  prepareDecoder();
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const shots = await parser.getScreenshot({ scale, imageDataUrl: false, imageBuffer: true });
    const pages: PrintedQrCode[][] = [];
    for (const shot of shots.pages) {
      const found = await readBarcodes(new Uint8Array(shot.data), { formats: ['QRCode'], maxNumberOfSymbols: 16 });
      const valid = found.filter((code) => code.isValid);
      valid.sort((a, b) => a.position.topLeft.y - b.position.topLeft.y);
      pages.push(valid.map((code) => ({ text: new TextDecoder().decode(code.bytes), ecLevel: code.ecLevel })));
    }
    return pages;
  } finally {
    await parser.destroy();
  }
}
