import { builder } from "../../graphql/builder";
import { fileReadWhere } from "./scope";
import { fileUrl } from "./routes";

/** Uploaded with `POST /files`, downloaded from `url`; readable where `fileReadWhere` says. */
export const StoredFileNode = builder.prismaNode("StoredFile", {
  description:
    "文件 An uploaded file (PDF, image or Office document, detected from its content). Its uploader sees it until it is attached; then whoever may read what it is attached to.",
  id: { field: "id", description: "Global id." },
  nullable: true,
  findUnique: (id, ctx) => ({ id, AND: [fileReadWhere(ctx.viewer)] }),
  fields: (t) => ({
    name: t.exposeString("name", { description: "The file name given at upload." }),
    size: t.exposeInt("size", { description: "Size in bytes." }),
    mediaType: t.exposeString("mediaType", { description: "Media type detected from the content, e.g. application/pdf." }),
    url: t.string({
      description: "Where to download it (relative to the API's address): `GET` with the same `Authorization` header.",
      select: { id: true },
      resolve: (file) => fileUrl(file.id),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was uploaded." }),
  }),
});
