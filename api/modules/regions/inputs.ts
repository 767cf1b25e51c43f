import { z } from "zod";
import { patchOf } from "../../lib/patch";
import { RegionKind } from "../../generated/prisma/enums";
import { zmsg } from "../../lib/zod-messages";

export const DIVISION_CODE = z
  .string()
  .trim()
  .regex(/^\d{12}$/, zmsg("区划代码为 12 位数字，如 530102000000", "a division code has exactly 12 digits, e.g. 530102000000"));

const NAME = z.string().trim().min(1, zmsg("不能为空", "cannot be empty")).max(100, zmsg("最多 100 个字符", "at most 100 characters"));

export const CreateRegionInput = z.object({
  code: DIVISION_CODE,
  name: NAME,
  kind: z.enum(RegionKind),
  parentId: z.string().uuid().nullish(),
});

export const UpdateRegionInput = patchOf({ name: NAME });
