import { builder } from "./builder";

/** A GraphQL enum whose values are their own names, each with its description (Chinese, then English). */
export function describedEnum<T extends string>(name: string, description: string, labels: Record<T, string>) {
  return builder.enumType(name, {
    description,
    values: Object.fromEntries(Object.entries(labels).map(([value, label]) => [value, { value, description: label as string }])) as Record<
      T,
      { value: T; description: string }
    >,
  });
}
