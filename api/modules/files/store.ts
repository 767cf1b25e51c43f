// Files by content: <files dir>/<first two hex digits of the sha256>/<sha256>, described by StoredFile rows.
import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "../../generated/prisma/client";
import { msg } from "../../lib/i18n";
import { ACCEPTED_TYPES, detectMediaType } from "./detect";
import { UploadError, type ReceivedFile } from "./upload";

export const contentPath = (filesDir: string, sha256: string) => path.join(filesDir, sha256.slice(0, 2), sha256);

/** Where uploads wait while they arrive: inside the files folder, so the final rename stays on one file system. */
export const tempDirOf = (filesDir: string) => path.join(filesDir, "tmp");

export interface StoredFileAnswer {
  id: string;
  name: string;
  size: number;
  mediaType: string;
  sha256: string;
}

const refusedType = () =>
  new UploadError(415, "UNSUPPORTED_MEDIA_TYPE", msg(`不支持这种文件类型。${ACCEPTED_TYPES.zh}`, `This type of file is not accepted. ${ACCEPTED_TYPES.en}`));

/**
 * Checks the type from the content, then moves the temporary file into place (a rename, so a reader
 * never sees half a file; the same content is kept once) and records who uploaded it under what name.
 */
export async function storeUpload(prisma: PrismaClient, filesDir: string, file: ReceivedFile, uploadedById: string): Promise<StoredFileAnswer> {
  try {
    const mediaType = file.size > 0 ? detectMediaType(await fs.promises.readFile(file.tempPath)) : null;
    if (!mediaType) throw refusedType();
    const target = contentPath(filesDir, file.sha256);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    if (fs.existsSync(target)) await fs.promises.rm(file.tempPath, { force: true });
    else await fs.promises.rename(file.tempPath, target);
    const row = await prisma.storedFile.create({
      data: { sha256: file.sha256, size: file.size, mediaType, name: file.name, uploadedById },
      select: { id: true, name: true, size: true, mediaType: true, sha256: true },
    });
    return row;
  } finally {
    await fs.promises.rm(file.tempPath, { force: true });
  }
}
