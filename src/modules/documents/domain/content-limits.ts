/**
 * What an uploaded file must respect beyond its first bytes, so that it is the kind of document it claims to be and
 * opening it stays safe for whoever downloads it. Data, not code: a deployment may pass its own to the detector.
 */
export interface ContentLimits {
  /** PDF: how many bytes from the end are searched for `startxref … %%EOF` (writers keep them in the last KiB). */
  readonly pdfTailBytes: number;
  /** PDF: bytes tolerated after the last %%EOF (line ends and padding some writers add); more is a hidden payload. */
  readonly pdfTrailingBytes: number;
  /** ZIP-based documents (DOCX, XLSX, ODT, ODS): entries listed in the central directory. */
  readonly zipMaxEntries: number;
  /** ZIP-based documents: total size once inflated, as the central directory declares it. */
  readonly zipMaxInflatedBytes: number;
  /** ZIP-based documents: inflated / stored size, checked once the content inflates past `zipRatioFromBytes`. */
  readonly zipMaxRatio: number;
  readonly zipRatioFromBytes: number;
}

export const DEFAULT_CONTENT_LIMITS: ContentLimits = {
  pdfTailBytes: 2048,
  pdfTrailingBytes: 64,
  zipMaxEntries: 10_000,
  zipMaxInflatedBytes: 100 * 1024 * 1024,
  zipMaxRatio: 100,
  zipRatioFromBytes: 10 * 1024 * 1024,
};
