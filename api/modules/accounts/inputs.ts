import { z } from "zod";
import { Role } from "../../generated/prisma/enums";

export const USERNAME = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9_.-]{2,63}$/, "3–64 letters, digits, '.', '_' or '-', starting with a letter or digit");

export const PASSWORD = z
  .string()
  .min(10, "at least 10 characters")
  .max(200, "at most 200 characters")
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), "use both letters and digits");

const PHONE = z
  .string()
  .trim()
  .regex(/^[0-9+\- ]{5,32}$/, "digits, spaces, '+' or '-', 5–32 characters")
  .nullish()
  .or(z.literal("").transform(() => null));

const DISPLAY_NAME = z.string().trim().min(1, "cannot be empty").max(100, "at most 100 characters");

export const LoginInput = z.object({ username: z.string().trim().toLowerCase().min(1, "enter a username"), password: z.string().min(1, "enter a password") });

export const CreateUserInput = z.object({
  username: USERNAME,
  displayName: DISPLAY_NAME,
  password: PASSWORD,
  phone: PHONE,
  homeCongressId: z.string().uuid(),
});

export const UpdateUserInput = z.object({
  displayName: DISPLAY_NAME,
  phone: PHONE,
  active: z.boolean(),
  version: z.number().int().min(1),
});

export const GrantRoleInput = z.object({
  userId: z.string().uuid(),
  role: z.enum(Role),
  congressId: z.string().uuid().nullish(),
});

export const ChangePasswordInput = z.object({ currentPassword: z.string().min(1, "enter your current password"), newPassword: PASSWORD });
