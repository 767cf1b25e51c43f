// The shape of a generated province: counts per scale, and Chinese-looking names.
import type { Random } from "./random";

export const SCALES = {
  county: { cities: 1, countiesPerCity: 1, townshipsPerCounty: 12, villagesPerTownship: 8, deputies: { PROVINCIAL: 60, MUNICIPAL: 80, COUNTY: 220, TOWNSHIP: 45 }, suggestionsPerYear: 600 },
  city: { cities: 1, countiesPerCity: 10, townshipsPerCounty: 11, villagesPerTownship: 10, deputies: { PROVINCIAL: 200, MUNICIPAL: 450, COUNTY: 250, TOWNSHIP: 45 }, suggestionsPerYear: 4_000 },
  province: { cities: 16, countiesPerCity: 8, townshipsPerCounty: 11, villagesPerTownship: 10, deputies: { PROVINCIAL: 700, MUNICIPAL: 500, COUNTY: 250, TOWNSHIP: 45 }, suggestionsPerYear: 20_000 },
} as const;
export type Scale = keyof typeof SCALES;

const SYLLABLES = "安宝昌德东丰福光海和华嘉江金景康兰乐利临龙明宁平庆泉仁瑞山盛石顺泰天通文祥新兴阳永玉元云长正中".split("");
const SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文".split("");
const GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红娥建华国平文斌晓东德明春艳云峰学军永刚慧敏正华金凤志强海燕".split("");
export const ETHNICITIES = ["汉族", "汉族", "汉族", "汉族", "彝族", "白族", "哈尼族", "傣族", "壮族", "苗族", "回族"];
export const OCCUPATIONS = ["WORKER", "FARMER", "FARMER", "PROFESSIONAL", "OFFICIAL", "ENTERPRISE", "OTHER"] as const;
export const PARTIES = ["中共党员", "中共党员", "中共党员", "群众", "民盟盟员", "民建会员", "无党派人士"];

export function placeName(random: Random, suffix: string): string {
  return random.pick(SYLLABLES) + random.pick(SYLLABLES) + suffix;
}

export function personName(random: Random): string {
  return random.pick(SURNAMES) + random.pick(GIVEN) + (random.chance(0.6) ? random.pick(GIVEN) : "");
}

export const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** The password of every account the generator creates. */
export const BENCH_PASSWORD = "bench2026pass";
