import { z } from "zod";
import { patchOf } from "../../lib/patch";
import { HandlingUnitKind } from "../../generated/prisma/enums";
import { zmsg } from "../../lib/zod-messages";

const NAME = z.string().trim().min(1, zmsg("不能为空", "cannot be empty")).max(100, zmsg("最多 100 个字符", "at most 100 characters"));

export const CreateHandlingUnitInput = z.object({
  congressId: z.string().uuid(),
  name: NAME,
  kind: z.enum(HandlingUnitKind),
  parentId: z.string().uuid().nullish(),
});

export const UpdateHandlingUnitInput = patchOf({ name: NAME, kind: z.enum(HandlingUnitKind), active: z.boolean() });
