/** A file the API sends as base64 (exports, import templates). */
export interface ApiFile {
  filename: string;
  mimeType: string;
  base64: string;
}

/** Hands bytes to the browser as a download named `filename`. */
export function saveBytes(bytes: BlobPart, filename: string, mimeType: string): void {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  link.download = filename;
  link.click();
  URL.revokeObjectURL(link.href);
}

export function saveApiFile(file: ApiFile): void {
  saveBytes(Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0)), file.filename, file.mimeType);
}
