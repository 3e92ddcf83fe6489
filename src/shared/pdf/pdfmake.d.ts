// pdfmake 0.3 ships no typings; only the server surface used by pdf-renderer.ts is declared.
declare module 'pdfmake' {
  interface PdfMakeFontFamily {
    normal: string;
    bold: string;
    italics: string;
    bolditalics: string;
  }

  interface PdfMakeOutputDocument {
    getBuffer(): Promise<Buffer>;
  }

  interface PdfMakeServer {
    readonly virtualfs: {
      writeFileSync(filename: string, content: Buffer): void;
      existsSync(filename: string): boolean;
    };
    setFonts(fonts: Record<string, PdfMakeFontFamily>): void;
    setUrlAccessPolicy(policy: (url: string) => boolean): void;
    setLocalAccessPolicy(policy: (path: string) => boolean): void;
    createPdf(docDefinition: object): PdfMakeOutputDocument;
  }

  const pdfmake: PdfMakeServer;
  export = pdfmake;
}
