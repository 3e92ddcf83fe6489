import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { renderOffThread } from './render-pool';
// pdfmake's server entry (js/index.js) is CommonJS and exports a singleton. Only its type is imported here: the module
// is required on the first render, so a process that never prints a PDF does not carry it (about 12 MB resident).
import type pdfmake from 'pdfmake';

export type PdfLanguage = 'fr' | 'nl' | 'en';

export interface PdfNode {
  [property: string]: unknown;
}
export type PdfContent = string | PdfNode | readonly PdfContent[];
export type PdfStyle = PdfNode;
export type PdfMargins = [number, number, number, number];

export interface PdfDocDefinition {
  content: PdfContent;
  info?: { title?: string; author?: string; subject?: string };
  header?: PdfContent | ((currentPage: number, pageCount: number) => PdfContent);
  footer?: PdfContent | ((currentPage: number, pageCount: number) => PdfContent);
  styles?: Record<string, PdfStyle>;
  defaultStyle?: PdfStyle;
  pageMargins?: PdfMargins;
  pageOrientation?: 'portrait' | 'landscape';
}

export const PDF_FONT = 'Roboto';

/** Styles every document may use by name; a document's own `styles` win on conflicts. */
export const PDF_STYLES: Readonly<Record<string, PdfStyle>> = {
  title: { fontSize: 15, bold: true, margin: [0, 0, 0, 4] },
  subtitle: { fontSize: 11, bold: true, margin: [0, 14, 0, 6] },
  meta: { fontSize: 9, color: '#333333' },
  tableHeader: { bold: true, fillColor: '#eeeeee' },
  amount: { alignment: 'right', noWrap: true },
  total: { bold: true, fillColor: '#f5f5f5' },
  small: { fontSize: 7, color: '#555555' },
};

const ROBOTO_FILES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
};

let configured: typeof pdfmake | undefined;

// The standard 14 PDF fonts garble letters outside Latin-1, so the Roboto TTFs shipped with pdfmake are embedded.
// They go through pdfmake's virtual file system: with both access policies closed, a document can neither fetch a URL
// nor read a local path (an image or font named by data could otherwise leak server files into the PDF).
function configuredPdfMake(): typeof pdfmake {
  if (configured) return configured;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deferred load, see the import above
  const pdfmake = require('pdfmake') as typeof import('pdfmake');
  const fontDir = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
  for (const file of Object.values(ROBOTO_FILES)) {
    pdfmake.virtualfs.writeFileSync(file, readFileSync(join(fontDir, file)));
  }
  pdfmake.setFonts({ [PDF_FONT]: ROBOTO_FILES });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  configured = pdfmake;
  return pdfmake;
}

/**
 * Renders an A4 document with the house fonts and styles, on a render thread when the pool runs (see render-pool.ts).
 * The definition crosses to the thread as data: the callbacks made by this module (`pageNumberFooter`) travel by name
 * and are rebuilt there; a definition with any other function is rendered here, on the calling thread.
 */
export function renderPdf(docDefinition: PdfDocDefinition): Promise<Buffer> {
  const portable = toPortable(docDefinition);
  if (portable === NOT_PORTABLE) return renderPdfHere(docDefinition);
  return renderOffThread(
    { module: join(__dirname, 'pdf-renderer'), exportName: renderPortablePdf.name, args: [portable] },
    () => renderPdfHere(docDefinition),
  );
}

/** The render thread's side of `renderPdf`. */
export function renderPortablePdf(portable: unknown): Promise<Buffer> {
  return renderPdfHere(fromPortable(portable) as PdfDocDefinition);
}

/** Renders on this thread. */
export function renderPdfHere(docDefinition: PdfDocDefinition): Promise<Buffer> {
  const document = {
    pageSize: 'A4',
    pageMargins: [40, 48, 40, 48],
    ...docDefinition,
    info: { creator: 'KoproGo', producer: 'KoproGo', ...docDefinition.info },
    defaultStyle: { font: PDF_FONT, fontSize: 9, lineHeight: 1.15, ...docDefinition.defaultStyle },
    styles: { ...PDF_STYLES, ...docDefinition.styles },
  };
  return configuredPdfMake().createPdf(document).getBuffer();
}

const PAGE_WORD: Record<PdfLanguage, string> = { fr: 'Page', nl: 'Pagina', en: 'Page' };

export function pageNumberLabel(lang: PdfLanguage, currentPage: number, pageCount: number): string {
  return `${PAGE_WORD[lang]} ${currentPage} / ${pageCount}`;
}

/** A `footer` for PdfDocDefinition printing "Page x / y" (NL "Pagina x / y") at the bottom right. */
export function pageNumberFooter(lang: PdfLanguage): (currentPage: number, pageCount: number) => PdfContent {
  const footer = (currentPage: number, pageCount: number): PdfContent => ({
    text: pageNumberLabel(lang, currentPage, pageCount),
    style: 'small',
    alignment: 'right',
    margin: [40, 16, 40, 0],
  });
  return portableCallback(footer, 'pageNumberFooter', [lang]);
}

// --- Definitions as data, for the render threads ---

/** The callbacks a definition may carry to a render thread, rebuilt there from their name and arguments. */
const CALLBACKS: Readonly<Record<string, (...args: never[]) => unknown>> = { pageNumberFooter };
const CALLBACK_KEY = '$pdfCallback';
const NOT_PORTABLE = Symbol('not portable');
const portableCallbacks = new WeakMap<object, { name: string; args: readonly unknown[] }>();

function portableCallback<F extends object>(callback: F, name: keyof typeof CALLBACKS, args: readonly unknown[]): F {
  portableCallbacks.set(callback, { name, args });
  return callback;
}

/** The definition with its known callbacks replaced by `{ $pdfCallback, args }`; NOT_PORTABLE if another remains. */
function toPortable(value: unknown): unknown {
  if (typeof value === 'function') {
    const named = portableCallbacks.get(value);
    return named ? { [CALLBACK_KEY]: named.name, args: named.args } : NOT_PORTABLE;
  }
  if (typeof value !== 'object' || value === null || value instanceof Uint8Array || value instanceof Date) return value;
  const entries = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value);
  const copy = (Array.isArray(value) ? [] : {}) as Record<string | number, unknown>;
  for (const [key, item] of entries) {
    const portable = toPortable(item);
    if (portable === NOT_PORTABLE) return NOT_PORTABLE;
    copy[key] = portable;
  }
  return copy;
}

function fromPortable(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || value instanceof Uint8Array || value instanceof Date) return value;
  if (Array.isArray(value)) return value.map(fromPortable);
  const record = value as Record<string, unknown>;
  const name = record[CALLBACK_KEY];
  if (typeof name === 'string') {
    const make = CALLBACKS[name];
    if (!make) throw new Error(`Unknown PDF callback ${name}`);
    return (make as (...args: unknown[]) => unknown)(...(record.args as unknown[]));
  }
  return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, fromPortable(item)]));
}
