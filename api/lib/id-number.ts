// 居民身份证号码 (GB 11643-1999): 17 digits and a check character.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = "10X98765432";

export function isValidIdNumber(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(value[i]), 0);
  if (CHECK[sum % 11] !== value[17]) return false;
  const birth = new Date(`${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}T00:00:00Z`);
  return !Number.isNaN(birth.getTime()) && birth.toISOString().slice(0, 10).replace(/-/g, "") === value.slice(6, 14);
}

/** Completes 17 digits with their check character (for generated data and tests). */
export function withCheckCharacter(first17: string): string {
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(first17[i]), 0);
  return first17 + CHECK[sum % 11];
}
