import { z } from "zod";
import { patchOf } from "../../lib/patch";
import { optionalPhone, requiredText } from "../../lib/validation";
import { Role } from "../../generated/prisma/enums";
import { zmsg } from "../../lib/zod-messages";

export const USERNAME = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9_.-]{2,63}$/, zmsg("3–64 个小写字母、数字、“.”“_”或“-”，以字母或数字开头", "3–64 letters, digits, '.', '_' or '-', starting with a letter or digit"));

export const PASSWORD = z
  .string()
  .min(10, zmsg("至少 10 个字符", "at least 10 characters"))
  .max(200, zmsg("最多 200 个字符", "at most 200 characters"))
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), zmsg("须同时包含字母和数字", "use both letters and digits"));

const DISPLAY_NAME = requiredText(100);

export const LoginInput = z.object({
  username: z.string().trim().toLowerCase().min(1, zmsg("请输入用户名", "enter a username")).max(64, zmsg("用户名最多 64 个字符", "a username has at most 64 characters")),
  password: z.string().min(1, zmsg("请输入密码", "enter a password")).max(1000, zmsg("最多 1000 个字符", "at most 1000 characters")),
});

export const CreateUserInput = z.object({
  username: USERNAME,
  displayName: DISPLAY_NAME,
  password: PASSWORD,
  phone: optionalPhone,
  homeCongressId: z.string().uuid(),
});

export const UpdateUserInput = patchOf({ displayName: DISPLAY_NAME, phone: optionalPhone, active: z.boolean() });

export const GrantRoleInput = z.object({
  userId: z.string().uuid(),
  role: z.enum(Role),
  congressId: z.string().uuid().nullish(),
});

export const ChangePasswordInput = z.object({ currentPassword: z.string().min(1, zmsg("请输入当前密码", "enter your current password")), newPassword: PASSWORD });

export const LinkAccountToPersonInput = z.object({ userId: z.string().uuid(), personId: z.string().uuid().nullable() });

const ID_SET = z.array(z.string().uuid()).max(200, zmsg("一次最多 200 个", "at most 200 at once"));
export const SetAccountUnitsInput = z.object({ userId: z.string().uuid(), unitIds: ID_SET });
export const SetAccountStationsInput = z.object({ userId: z.string().uuid(), stationIds: ID_SET });
