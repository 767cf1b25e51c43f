import { fields } from "../../auth/rules";

/** Which files a caller sees is the node's scope (`fileReadWhere`); every field of a visible file is readable. */
export const fileRules = {
  StoredFile: fields("id", "name", "size", "mediaType", "url", "createdAt"),
};
