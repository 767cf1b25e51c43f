import type { Prisma } from "../../generated/prisma/client";
import { accountId, type Viewer } from "../../auth/viewer";
import { suggestionReadWhere } from "../suggestions/scope";
import { supervisionTopicReadWhere } from "../supervision/scope";

/**
 * The files a viewer may read: their own uploads until attached to something, then whatever a
 * suggestion they may read carries. Everyone else is told the file does not exist.
 */
export function fileReadWhere(viewer: Viewer): Prisma.StoredFileWhereInput {
  const userId = accountId(viewer);
  const attachedToReadable: Prisma.StoredFileWhereInput[] = [
    { suggestionAttachments: { some: { suggestion: suggestionReadWhere(viewer) } } },
    { supervisionAttachments: { some: { record: { topic: supervisionTopicReadWhere(viewer) } } } },
  ];
  if (!userId) return { OR: attachedToReadable };
  return { OR: [{ uploadedById: userId, suggestionAttachments: { none: {} }, supervisionAttachments: { none: {} } }, ...attachedToReadable] };
}
