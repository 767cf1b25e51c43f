// About thirty demo suggestions and motions, one or more in every state of the lifecycle: mostly in
// 五华区 (wh.deputy is deputy 0 there; wh.unit works for 教育体育局), some in 昆明市 and 大理州.
import type { StoryStep } from "./suggestion-story";

export type DemoCongress = "五华区" | "昆明市" | "大理白族自治州";
/** A handling unit by the end of its name: 教育体育局, 住房和城乡建设局, 交通运输局, 卫生健康委员会, 农业农村局, 人民政府. */
export type DemoUnit = "教育体育局" | "住房和城乡建设局" | "交通运输局" | "卫生健康委员会" | "农业农村局" | "人民政府";

export interface DemoStory {
  congress: DemoCongress;
  /** Index among the congress's active deputies (oldest first). */
  lead: number;
  coSigners?: [number, "INVITED" | "CONFIRMED" | "DECLINED"][];
  kind?: "MOTION";
  delegation?: string;
  unit?: DemoUnit;
  coUnits?: DemoUnit[];
  title: string;
  body: string;
  /** When the draft was written. */
  daysAgo: number;
  steps: StoryStep[];
}

const submit = (after = 1): StoryStep => ({ do: "submit", after });
const accept = (after = 3): StoryStep => ({ do: "accept", after });
const assign = (after = 4): StoryStep => ({ do: "assign", after });
const start = (after = 2): StoryStep => ({ do: "start", after });
/** Submitted, accepted, assigned and started: the first four steps of most stories. */
const intake = (): StoryStep[] => [submit(), accept(), assign(), start()];
const consult = (after: number, summary: string, form: "IN_PERSON" | "MEETING" | "SITE_VISIT" | "PHONE" = "SITE_VISIT"): StoryStep => ({
  do: "consult",
  after,
  form,
  participants: "领衔代表、承办单位分管领导及经办人",
  summary,
});
const reply = (after: number, cls: "A" | "B" | "C", body: string, commitments: { description: string; dueInDays: number }[] = []): StoryStep => ({
  do: "reply",
  after,
  class: cls,
  body,
  signedBy: "王建国",
  commitments,
});
const evaluate = (after: number, satisfaction: "SATISFIED" | "BASICALLY_SATISFIED" | "UNSATISFIED", comment?: string): StoryStep => ({ do: "evaluate", after, satisfaction, comment });

export const DEMO_STORIES: DemoStory[] = [
  // —— 五华区: before acceptance ——
  { congress: "五华区", lead: 0, coSigners: [[1, "INVITED"]], title: "关于在翠湖周边增设非机动车停放点的建议", body: "翠湖公园周边游客和市民骑行较多，非机动车随意停放占用人行道。建议在翠湖南路、翠湖北路增设规范停放点，并安排专人引导。", daysAgo: 2, steps: [] },
  { congress: "五华区", lead: 0, title: "关于改善西翥街道农村客运班线的建议", body: "西翥街道部分村组距离街道集镇较远，客运班线每天仅两班，群众出行不便。建议增开班次，推广预约响应式公交。", daysAgo: 6, steps: [submit(2)] },
  { congress: "五华区", lead: 2, title: "关于加强老旧小区电动自行车充电设施建设的建议", body: "老旧小区普遍缺少集中充电设施，居民飞线充电、入户充电现象突出，存在火灾隐患。建议将集中充电桩建设纳入老旧小区改造内容。", daysAgo: 4, steps: [submit(1)] },
  { congress: "五华区", lead: 0, title: "关于加强社区养老服务的建议", body: "社区养老服务站点少，服务内容单一。建议加大投入。", daysAgo: 15, steps: [submit(1), { do: "return", after: 3, reason: "建议内容较为笼统，请补充具体社区、现有服务站点情况和可行的改进措施后重新提交。" }] },
  { congress: "五华区", lead: 3, title: "关于调整普吉路公交站点位置的建议", body: "普吉路公交站点距离路口过近，车辆进出站影响通行。建议向北移动约五十米。", daysAgo: 20, steps: [submit(1), { do: "withdraw", after: 2, reason: "经与交通部门沟通，站点调整已列入今年计划，撤回本建议。" }] },
  { congress: "五华区", lead: 1, title: "关于解决本人小区物业纠纷的建议", body: "本人所在小区物业公司服务不到位，多次反映无果，请求协调解决。", daysAgo: 25, steps: [submit(1), { do: "letter", after: 4, reason: "所提事项属于个人具体诉求，不作为代表建议立案，转为来信交街道办理并答复代表。" }] },
  { congress: "五华区", lead: 2, title: "关于推进莲华街道农贸市场提升改造的建议", body: "莲华街道农贸市场建成时间早，排水不畅、通道狭窄、消防设施老化。建议纳入年度农贸市场提升改造计划。", daysAgo: 8, steps: [submit(1), accept(2)] },
  // —— 五华区: assigned and under handling (教育体育局 is wh.unit's unit) ——
  { congress: "五华区", lead: 0, unit: "教育体育局", title: "关于完善中小学课后服务的建议", body: "部分学校课后服务内容以看管为主，家长反映课程单一。建议引入体育、艺术、科技类社会资源，丰富课后服务内容，并对困难家庭减免费用。", daysAgo: 8, steps: [submit(), accept(), assign(2)] },
  { congress: "五华区", lead: 4, unit: "住房和城乡建设局", title: "关于规范建筑工地夜间施工噪声管理的建议", body: "部分工地夜间施工扰民，居民投诉较多。建议严格夜间施工审批，并公开举报渠道。", daysAgo: 9, steps: [submit(), accept(), assign(2), { do: "requestReassignment", after: 1, reason: "夜间施工噪声的执法职责在生态环境部门和综合行政执法部门，建议改由区综合行政执法局主办。" }] },
  { congress: "五华区", lead: 1, unit: "教育体育局", title: "关于缓解学校周边上下学时段交通拥堵的建议", body: "红旗小学、长春小学等学校周边上下学时段接送车辆集中，道路拥堵严重。建议错峰放学、设置临时停车接送区，并增派志愿者和交警疏导。", daysAgo: 112, steps: [...intake(), consult(20, "到红旗小学现场查看上下学时段交通状况，代表建议与交警部门联合设置即停即走接送区。")] },
  { congress: "五华区", lead: 3, unit: "教育体育局", coUnits: ["住房和城乡建设局"], title: "关于增加学前教育公办学位供给的建议", body: "新建小区配套幼儿园移交不及时，公办学位紧张。建议加快配套园治理，提高公办园在园幼儿占比。", daysAgo: 92, steps: [...intake(), { do: "coOpinion", after: 15, unit: 0, opinion: "已梳理辖区未移交配套幼儿园六所，将督促开发企业限期移交。" }, consult(10, "与代表座谈，逐一核对未移交配套园名单和移交时间表。", "MEETING")] },
  { congress: "五华区", lead: 2, unit: "教育体育局", coUnits: ["卫生健康委员会"], title: "关于加强校园食品安全监管的建议", body: "学校食堂和校外供餐单位食品安全责任落实不够均衡。建议推行“明厨亮灶”全覆盖，建立家长陪餐制度。", daysAgo: 30, steps: [...intake()] },
  { congress: "五华区", lead: 4, unit: "交通运输局", title: "关于优化黑林铺片区公交线网的建议", body: "黑林铺片区新建小区入住率提高，公交线路覆盖不足。建议新开或调整线路，连接地铁站点。", daysAgo: 40, steps: [...intake(), { do: "waive", after: 3, reason: "代表在外地学习培训，已电话确认同意以书面方式沟通，免于面商。" }] },
  // —— 五华区: replied, evaluated, re-handling, implementing, closed ——
  { congress: "五华区", lead: 0, unit: "教育体育局", title: "关于推动学校体育场地向社会开放的建议", body: "辖区公共健身场地不足，而学校体育场地课后和节假日闲置。建议在保障安全的前提下，有序向周边居民开放。", daysAgo: 70, steps: [...intake(), consult(12, "到云大附中、昆十中现场调研场地条件和开放管理方式。"), reply(30, "B", "我局已制定学校体育场地开放工作方案，首批八所学校将于明年春季学期开放，实行预约入校、实名登记。", [{ description: "首批八所学校体育场地向社会开放", dueInDays: 120 }, { description: "建成学校场地开放预约平台", dueInDays: 60 }])] },
  { congress: "五华区", lead: 0, unit: "住房和城乡建设局", title: "关于加快老旧小区加装电梯的建议", body: "老旧小区老年人多，上下楼困难。加装电梯审批环节多、协调难。建议简化审批，加大补助。", daysAgo: 80, steps: [...intake(), consult(10, "到大观街道两个小区现场了解加装电梯的协调难点。"), reply(25, "C", "加装电梯须经本单元业主同意，目前政策条件下暂难统一推进。"), evaluate(3, "UNSATISFIED", "答复未回应简化审批和补助的具体问题，请重新办理。")] },
  { congress: "五华区", lead: 2, unit: "教育体育局", coSigners: [[0, "CONFIRMED"]], title: "关于加强中小学心理健康教育的建议", body: "学生心理问题呈上升趋势，专职心理教师配备不足。建议按标准配齐心理教师，建立家校医联动机制。", daysAgo: 150, steps: [...intake(), consult(15, "与代表、学校心理教师座谈，了解心理健康教育开展情况。", "MEETING"), reply(40, "B", "我局将分两年配齐专职心理健康教师，并与区精神卫生中心建立转介机制。", [{ description: "与区精神卫生中心签订家校医联动协议", dueInDays: 30 }, { description: "配齐全区中小学专职心理教师", dueInDays: 300 }]), evaluate(5, "SATISFIED", "答复具体，措施可行。"), { do: "progress", after: 20, commitment: 0, note: "联动协议已签订，首批转介绿色通道开通。", done: true }, { do: "coSignerEvaluation", after: 2, coSigner: 0, satisfaction: "BASICALLY_SATISFIED" }] },
  { congress: "五华区", lead: 1, unit: "交通运输局", title: "关于增设龙翔街道公交候车亭的建议", body: "龙翔街道部分公交站点没有候车亭，雨季候车不便。建议增设候车亭和实时到站信息屏。", daysAgo: 130, steps: [...intake(), consult(10, "现场查看龙翔街道十二个站点。"), reply(30, "B", "已将七个站点候车亭建设列入年度计划。", [{ description: "建成七个公交候车亭", dueInDays: 90 }]), evaluate(4, "BASICALLY_SATISFIED"), { do: "progress", after: 30, commitment: 0, note: "已完成四个候车亭建设，其余三个正在施工。", done: false }] },
  { congress: "五华区", lead: 3, unit: "卫生健康委员会", coSigners: [[2, "CONFIRMED"], [4, "CONFIRMED"]], title: "关于社区卫生服务中心延长服务时间的建议", body: "上班族下班后难以到社区卫生服务中心就诊。建议部分中心工作日延长至晚上八点，周末开设门诊。", daysAgo: 240, steps: [...intake(), consult(12, "到华山、丰宁社区卫生服务中心调研人员排班情况。"), reply(40, "A", "全区四个社区卫生服务中心已实行工作日延时服务和周末门诊。", [{ description: "四个中心开设延时和周末门诊", dueInDays: 30 }]), evaluate(5, "SATISFIED"), { do: "progress", after: 25, commitment: 0, note: "四个中心已全部开设。", done: true }, { do: "evaluateImplementation", after: 20, satisfaction: "SATISFIED", comment: "群众反映很好。" }, { do: "coSignerEvaluation", after: 3, coSigner: 0, satisfaction: "SATISFIED" }, { do: "coSignerEvaluation", after: 1, coSigner: 1, satisfaction: "BASICALLY_SATISFIED" }] },
  { congress: "五华区", lead: 4, unit: "教育体育局", title: "关于在学校推广营养午餐的建议", body: "部分学校午餐营养搭配不够科学。建议推广营养配餐指南，并公开每周食谱。", daysAgo: 200, steps: [...intake(), consult(10, "到三所学校查看午餐供应和食谱公开情况。"), reply(30, "A", "已印发营养配餐指南，全区学校每周公开食谱。"), evaluate(6, "SATISFIED"), { do: "evaluateImplementation", after: 30, satisfaction: "SATISFIED" }] },
  { congress: "五华区", lead: 1, unit: "农业农村局", title: "关于解决西翥片区农田灌溉用水的建议", body: "西翥片区部分农田灌溉沟渠老化，旱季用水紧张。建议修缮沟渠、建设小型蓄水设施。", daysAgo: 200, steps: [...intake(), consult(10, "到沙朗、团结片区查看沟渠情况。"), reply(30, "C", "受资金限制，今年暂无法安排。"), evaluate(4, "UNSATISFIED", "旱季即将到来，请重新研究。"), consult(10, "再次现场查看，与村组干部座谈。", "MEETING"), reply(25, "C", "已申报明年水利项目，今年先组织应急送水。"), evaluate(5, "UNSATISFIED", "仍未解决根本问题。")] },
  // —— 五华区: motions ——
  { congress: "五华区", lead: 0, kind: "MOTION", delegation: "华山街道代表团", coSigners: [[1, "CONFIRMED"], [2, "CONFIRMED"], [3, "CONFIRMED"], [4, "DECLINED"]], unit: "人民政府", title: "关于制定五华区历史文化街区保护办法的议案", body: "辖区历史文化街区多，保护与利用矛盾突出，缺少统一规范。提请区人民代表大会审议，制定历史文化街区保护办法，明确保护范围、责任主体和利用规则。", daysAgo: 60, steps: [submit(), accept(), { do: "decideMotion", after: 2, decision: "ON_AGENDA", note: "经主席团会议研究，列入本次会议议程。" }, assign(3), start()] },
  { congress: "五华区", lead: 0, kind: "MOTION", coSigners: [[1, "CONFIRMED"], [2, "CONFIRMED"], [3, "INVITED"], [4, "INVITED"]], title: "关于加强城中村消防安全治理的议案", body: "城中村房屋密集、通道狭窄，消防安全隐患突出。建议制定专项治理方案，明确部门职责和整治时限。", daysAgo: 3, steps: [] },
  // —— 昆明市 ——
  { congress: "昆明市", lead: 0, title: "关于加快滇池沿岸绿道贯通的建议", body: "滇池沿岸绿道部分路段尚未贯通，影响市民休闲骑行。建议加快断点打通，完善配套设施。", daysAgo: 5, steps: [submit(1)] },
  { congress: "昆明市", lead: 1, unit: "交通运输局", title: "关于优化地铁与公交接驳的建议", body: "部分地铁站出口与公交站距离较远，换乘不便。建议调整公交站位，缩短换乘距离。", daysAgo: 50, steps: [...intake(), consult(10, "到五个地铁站实地查看换乘距离。")] },
  { congress: "昆明市", lead: 2, unit: "住房和城乡建设局", title: "关于推进城市排水防涝设施建设的建议", body: "雨季部分路段积水严重。建议系统排查易涝点，加快雨污分流改造。", daysAgo: 90, steps: [...intake(), consult(14, "与代表一同查看主城区十处易涝点。"), reply(30, "B", "已制定易涝点整治三年计划。", [{ description: "完成十处易涝点整治", dueInDays: 240 }])] },
  { congress: "昆明市", lead: 3, unit: "教育体育局", title: "关于加强职业教育产教融合的建议", body: "职业院校专业设置与产业需求衔接不够。建议建立校企合作平台，扩大订单式培养。", daysAgo: 260, steps: [...intake(), consult(15, "召开校企座谈会。", "MEETING"), reply(40, "A", "已搭建市级产教融合平台，签约企业六十家。"), evaluate(5, "SATISFIED"), { do: "evaluateImplementation", after: 40, satisfaction: "BASICALLY_SATISFIED" }] },
  { congress: "昆明市", lead: 0, kind: "MOTION", delegation: "五华区代表团", coSigners: [[1, "CONFIRMED"], [2, "CONFIRMED"]], title: "关于制定昆明市物业管理条例实施细则的议案", body: "物业服务纠纷多发，现行规定对业主委员会运作规范不足。提请制定实施细则。", daysAgo: 10, steps: [submit(2)] },
  // —— 大理州 ——
  { congress: "大理白族自治州", lead: 0, title: "关于加强洱海流域农业面源污染治理的建议", body: "洱海流域化肥农药使用量仍然偏高。建议推广绿色种植，扩大有机肥替代。", daysAgo: 12, steps: [submit(1), accept(3)] },
  { congress: "大理白族自治州", lead: 1, unit: "农业农村局", title: "关于扶持乳扇等特色农产品品牌建设的建议", body: "乳扇、雕梅等特色农产品品牌影响力不足。建议支持地理标志认证和电商销售。", daysAgo: 140, steps: [...intake(), consult(12, "到洱源县乳扇加工企业调研。"), reply(35, "B", "将支持申报地理标志产品，组织电商培训。", [{ description: "组织特色农产品电商培训三期", dueInDays: 150 }]), evaluate(6, "SATISFIED")] },
  { congress: "大理白族自治州", lead: 2, unit: "卫生健康委员会", title: "关于提升山区乡镇卫生院服务能力的建议", body: "山区乡镇卫生院设备老旧、人员不足。建议开展对口帮扶，配备远程会诊设备。", daysAgo: 220, steps: [...intake(), consult(15, "到漾濞县两所卫生院调研。"), reply(40, "A", "已为十二所卫生院配备远程会诊设备。"), evaluate(5, "SATISFIED"), { do: "evaluateImplementation", after: 35, satisfaction: "SATISFIED" }] },
];
