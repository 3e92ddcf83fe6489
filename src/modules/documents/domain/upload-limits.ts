/** MAX_UPLOAD_MB in bytes, as a token the application can be given without knowing the process configuration. */
export abstract class UploadLimits {
  abstract readonly maxBytes: number;
}
