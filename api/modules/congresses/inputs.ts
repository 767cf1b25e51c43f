import { z } from "zod";
import { patchOf } from "../../lib/patch";
import { optionalText, requiredText } from "../../lib/validation";
import { CongressBodyKind } from "../../generated/prisma/enums";

const NAME = requiredText(100);

export const CreateCongressInput = z.object({
  regionId: z.string().uuid(),
  name: NAME,
  shortName: optionalText(50),
  address: optionalText(200),
});

export const UpdateCongressInput = patchOf({ name: NAME, shortName: optionalText(50), address: optionalText(200) });

export const CreateCongressBodyInput = z.object({
  congressId: z.string().uuid(),
  kind: z.enum(CongressBodyKind),
  name: NAME,
});
