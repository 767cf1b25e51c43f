// 简体中文 labels of the console (the default language).
export const zhDomain = {
  // The Chinese pack predates react-admin 5's record representations in page titles.
  ra: {
    page: {
      edit: "%{name}：%{recordRepresentation}", show: "%{name}：%{recordRepresentation}",
      access_denied: "无权访问", authentication_error: "身份验证出错",
    },
    // Keys react-admin 5 uses that the Chinese pack lacks (checked against ra-language-english).
    action: { reset: "重置", search_columns: "搜索列", select_all_button: "全选", clear_input_value: "清空", open: "展开", close: "收起" },
    message: {
      access_denied: "您没有访问此页面的权限。",
      authentication_error: "身份验证服务出错，无法核对您的登录信息。",
      select_all_limit_reached: "记录过多，只选中了前 %{max} 条。",
      placeholder_data_warning: "网络问题：数据刷新失败。",
    },
    navigation: { clear_filters: "清除筛选", no_filtered_results: "没有符合当前筛选条件的%{name}。", no_results: "没有找到记录" },
    auth: { email: "电子邮箱" },
    notification: { offline: "网络已断开，无法获取数据。" },
    validation: { unique: "不能重复" },
    guesser: { empty: { title: "没有可显示的数据", message: "请检查数据来源" } },
  },
  app: {
    title: "人大代表工作平台",
    dashboard: {
      title: "概览",
      welcome: "四级人大组织架构一览",
      congressesByLevel: "各级人大数量",
      regionsByLevel: "各级行政区划数量",
      units: "承办单位",
      yourRoles: "您的角色",
      comingTitle: "即将推出",
      coming: "代表履职、联络站活动、建议督办等功能正在建设中，届时会出现在左侧菜单。目前可查看公开的代表、联络站和人大信息。",
    },
    workspace: {
      todoTitle: "待办事项", unplacedDeputies: "未进站的在任代表", emptyStations: "无代表的联络站",
      membersOutsideRange: "联系人数不在 5 至 7 名的委员", uncontactedDeputies: "无人联系的基层代表", placeGroups: "编组进站（代表小组）",
      myMemberships: "我的代表任职", myPublicPage: "%{name}的公开页面（代表码）", notLinkedDeputy: "本账号尚未关联代表本人，请联系本级人大管理员在账号页面设置。",
      myStations: "我所在的联络站", noStations: "您所在的代表小组尚未进站。", myContacts: "双联系（联系我的常委会组成人员）", noContacts: "尚无常委会组成人员联系您。",
      visits: "走访 %{count} 次", keptStations: "我负责的联络站", noKeptStations: "本账号尚未关联联络站，请联系本级人大管理员在账号页面设置。",
      groupWithMembers: "%{name}（%{count} 名代表）", noGroupsPlaced: "尚无代表小组进站。",
      myUnits: "我所在的承办单位", noUnits: "本账号尚未关联承办单位，请联系本级人大管理员在账号页面设置。",
      suggestionQueue: "待办建议", queueComing: "建议办理队列将随代表建议模块开通后显示在这里。",
      supervision: "我的督办", supervisionComing: "重点建议督办功能正在建设中，开通后您督办的建议将显示在这里。",
    },
    links: {
      title: "账号关联", person: "代表本人", personHelp: "仅限本账号所属人大及下级的代表", units: "承办单位", stations: "负责的联络站",
      save: "保存关联", saved: "已保存关联", none: "本账号的角色无需关联（代表、承办单位人员、联络站管理员才需要）。", current: "当前：%{value}", nothing: "无",
    },
    me: { title: "我的账号", username: "用户名", displayName: "姓名", phone: "电话", homeCongress: "所属人大", roles: "角色" },
    scope: { mine: "只看本辖区", all: "查看其他地区公开记录" },
    signIn: {
      UNAUTHENTICATED: "用户名或密码错误，或账号已停用。请核对后重试，或联系本级人大管理员。",
      ACCOUNT_LOCKED: "密码错误次数过多，账号已暂时锁定，请 15 分钟后再试。",
      RATE_LIMITED: "登录尝试过于频繁，请稍后再试。",
      failed: "登录失败，请稍后再试。",
    },
    language: "语言",
    grants: {
      title: "角色", role: "角色", congress: "授予单位", grant: "授予", granted: "已授予角色", revoked: "已撤销角色",
      everywhere: "全部", none: "尚无角色",
    },
    apiKeys: {
      create: "新建接口密钥", revoke: "撤销", revoked: "密钥已撤销",
      showOnce: "请立即复制并妥善保存此密钥：它只显示这一次。",
    },
    private: "（保密，无权查看）",
    termNumber: "第%{number}届",
    effectiveOn: "生效日期",
    review: "资格审查",
    deputyCode: "代表码",
    stationCode: "联络站码",
    publicPage: "公开页面",
    groups: { addSelected: "加入代表小组", station: "联络站", assign: "编组进站", assigned: "已编组进站", removed: "已移出联络站", saveMembers: "保存成员", membersSaved: "成员已保存" },
    coverage: {
      title: "覆盖情况", congress: "人大", noUnplaced: "全部代表都已进站。", noEmpty: "每个联络站都有代表。", pick: "请选择一个人大。", activeDeputies: "在任代表", withoutStation: "未进站代表",
      stations: "联络站（在用）", emptyStations: "无代表的联络站", byLevel: "各级未进站代表数",
    },
    import: {
      title: "批量导入", check: "检查（不写入）", apply: "导入", row: "行", column: "列", reason: "问题",
      template: "下载导入模板（Excel，含填写说明）",
      showDeputies: "查看本级人大的代表名单",
      showStations: "查看本级人大的联络站",
      help: "上传 Excel（.xlsx）或 CSV 文件，首行为列名：姓名、性别、民族、出生日期、身份证号、电话、原选区、代表团、职业构成、基层代表（是/否）、政治面貌。先检查，全部无误后再导入；有任何错误时不会写入任何一行。",
      stationHelp: "上传 Excel（.xlsx）或 CSV 文件，首行为列名：名称、类别（代表之家、代表工作站、代表联络室、专业代表工作站、网上阵地）、区划代码、地址、纬度、经度、开放时间、接待日、联络员、联络员电话。先检查，全部无误后再导入；有任何错误时不会写入任何一行。",
      doneStations: "已导入 %{created} 个联络站。",
      bad: "%{rows} 行中发现 %{errors} 个问题，未写入任何数据。请修改后重试。",
      checked: "%{rows} 行全部通过检查，可以导入。",
      done: "已导入 %{created} 名代表（其中 %{reused} 人已在其他层级登记）。",
    },
    export: { excel: "导出 Excel" },
    contacts: {
      title: "双联系", congress: "人大（县级以上）", pick: "请选择一个县级以上人大。", report: "联系情况报告",
      rule: "每名常委会组成人员应联系 5 至 7 名基层代表，每名基层代表都应有人联系。",
      tooFew: "%{member}：只联系了 %{count} 名代表，少于 5 名。", tooMany: "%{member}：联系了 %{count} 名代表，多于 7 名。",
      uncontacted: "%{count} 名在任基层代表尚无人联系", allGood: "全部符合要求。", deputyCount: "联系代表数",
      assignments: "联系安排（共 %{count} 条）", member: "常委会组成人员", deputy: "代表", assign: "安排联系", assigned: "已安排联系",
      visitCount: "走访次数", lastVisit: "最近走访", none: "尚无联系安排。", recordVisit: "记录走访",
      visitTitle: "记录走访：%{member} — %{deputy}", visitedOn: "走访日期", form: "方式", formHelp: "如：走访、座谈、电话",
      notes: "走访内容", saveVisit: "保存走访记录", visitRecorded: "已记录走访",
    },
    rotate: {
      button: "更换二维码", title: "更换二维码？", confirm: "更换",
      warning: "将生成新的编码和二维码。已印制、张贴或分享的旧二维码和旧链接将立即失效，扫码会提示找不到。确定要更换吗？",
      done: "已更换二维码，旧二维码已失效。请重新打印。",
    },
    status: {
      button: "资格变动", title: "记录代表资格变动", to: "变动为", reason: "原因说明", save: "确认变动",
      reviewHelp: "资格审查报告或决定的文号", done: "已记录资格变动",
      stale: "该代表的信息在您打开页面后已被他人修改（可能已变动过资格）。请刷新页面，核对最新状态后再提交。",
    },
    errors: {
      UNAUTHENTICATED: "未登录或登录已过期", FORBIDDEN: "权限不足", NOT_FOUND: "找不到记录", BAD_USER_INPUT: "输入有误",
      CONFLICT: "与现有数据冲突", INVALID_TRANSITION: "当前状态不允许此操作", RATE_LIMITED: "操作过于频繁",
      ACCOUNT_LOCKED: "账号已锁定", INTERNAL_SERVER_ERROR: "服务器内部错误",
    },
    // Codes whose reason needs no detail from the API: the whole message is this sentence.
    errorSentences: {
      UNAUTHENTICATED: "未登录或登录已过期，请重新登录。",
      FORBIDDEN: "权限不足：此操作只能由该人大或其上级人大的相应人员进行。",
      NOT_FOUND: "找不到该记录，或它不在您的管辖范围内。",
      RATE_LIMITED: "操作过于频繁，请稍后再试。",
      ACCOUNT_LOCKED: "账号已锁定，请稍后再试或联系管理员。",
      INTERNAL_SERVER_ERROR: "服务器内部错误，请稍后再试；如仍失败请联系平台管理员。",
    },
    validation: {
      password: "至少 10 个字符，须同时包含字母和数字",
      username: "3–64 位字母、数字或 . _ -，以字母或数字开头",
    },
  },
  enums: {
    level: { PROVINCIAL: "省级", MUNICIPAL: "市级", COUNTY: "县级", TOWNSHIP: "乡级" },
    congressKind: { CONGRESS: "人民代表大会", STREET_WORKING_COMMITTEE: "街道人大工作委员会" },
    regionLevel: { PROVINCE: "省", CITY: "市（州）", COUNTY: "县（区）", TOWNSHIP: "乡镇（街道）", VILLAGE: "村（社区）" },
    regionKind: {
      PROVINCE: "省", AUTONOMOUS_REGION: "自治区", MUNICIPALITY: "直辖市", CITY: "地级市", PREFECTURE: "自治州/地区",
      COUNTY: "县", DISTRICT: "市辖区", COUNTY_LEVEL_CITY: "县级市", TOWNSHIP: "乡", TOWN: "镇", STREET: "街道",
      VILLAGE: "村", COMMUNITY: "社区",
    },
    bodyKind: {
      STANDING_COMMITTEE: "常务委员会", DIRECTORS_MEETING: "主任会议", SPECIAL_COMMITTEE: "专门委员会",
      WORKING_COMMITTEE: "工作委员会", DEPUTY_WORK_AGENCY: "代表工作机构", PRESIDIUM: "主席团",
    },
    role: {
      PLATFORM_ADMIN: "平台管理员", CONGRESS_ADMIN: "人大管理员", DEPUTY_AFFAIRS: "代表工作人员", SUPERVISOR: "督办人",
      DEPUTY: "代表", UNIT_STAFF: "承办单位人员", STATION_KEEPER: "联络站管理员",
    },
    auditAction: {
      linkAccountToPerson: "关联代表本人", setAccountUnits: "设置账号承办单位", setAccountStations: "设置账号负责的联络站",
      assignContact: "分配联系", changeDeputyStatus: "变更代表资格", changeMyPassword: "修改本人密码", createApiKey: "签发接口密钥",
      createCongress: "新建人大", createCongressBody: "新建机构", createCongressSession: "新建会议", createHandlingUnit: "新建承办单位",
      createRegion: "新建行政区划", createStation: "新建联络站", createTerm: "新建届次", createUser: "新建用户", createWorkingGroup: "新建代表小组",
      deleteCongress: "删除人大", deleteCongressBody: "删除机构", deleteRegion: "删除行政区划", grantRole: "授予角色",
      importDeputies: "批量导入代表", importStations: "批量导入联络站", recordContactVisit: "记录联系走访", registerDeputy: "登记代表",
      removeContact: "取消联系", resetUserPassword: "重置密码", revokeApiKey: "撤销接口密钥", revokeRole: "撤销角色",
      rotateDeputyCode: "更换代表码", rotateStationCode: "更换联络站码", unlockUser: "解锁账号", updateCongress: "修改人大",
      updateDeputy: "修改代表信息", updateHandlingUnit: "修改承办单位", updatePerson: "修改个人信息", updateRegion: "修改行政区划",
      updateStation: "修改联络站", updateTerm: "修改届次", updateUser: "修改用户", updateWorkingGroup: "修改代表小组",
      assignWorkingGroupToStation: "编组进站", removeWorkingGroupFromStation: "移出联络站", setWorkingGroupMembers: "设置小组成员",
      addWorkingGroupMembers: "添加小组成员",
    },
    entityType: {
      ApiKey: "接口密钥", Congress: "人大", CongressBody: "人大机构", CongressSession: "会议", ContactAssignment: "联系分工",
      ContactVisit: "联系走访", DeputyMembership: "代表", HandlingUnit: "承办单位", Person: "个人信息", Region: "行政区划",
      RoleGrant: "角色授予", Station: "联络站", Term: "届次", User: "用户", WorkingGroup: "代表小组",
    },
    apiKeyScope: { PUBLIC_READ: "读取公开数据", OPINION_SUBMIT: "提交群众意见" },
    gender: { MALE: "男", FEMALE: "女" },
    deputyStatus: { ACTIVE: "在任", RESIGNED: "辞职", TERMINATED: "终止资格", RECALLED: "罢免", DECEASED: "去世" },
    occupation: {
      WORKER: "工人", FARMER: "农民", PROFESSIONAL: "专业技术人员", OFFICIAL: "党政领导干部", ENTERPRISE: "企业负责人",
      MILITARY: "解放军和武警", OTHER: "其他",
    },
    stationKind: { DEPUTY_HOME: "代表之家", WORKSTATION: "代表工作站", LIAISON_ROOM: "代表联络室", PROFESSIONAL_STATION: "专业代表工作站", ONLINE: "网上阵地" },
    groupKind: { DEPUTY_GROUP: "代表小组", LIAISON_GROUP: "联系组", PROFESSIONAL_GROUP: "专业组", CENTRAL_GROUP: "代表中心组", DELEGATION: "代表团" },
    unitKind: {
      GOVERNMENT: "人民政府", DEPARTMENT: "政府部门", SUPERVISORY_COMMISSION: "监察委员会", COURT: "人民法院",
      PROCURATORATE: "人民检察院", OTHER: "其他",
    },
  },
  resources: {
    Deputy: {
      name: "代表",
      fields: {
        "person.name": "姓名", "person.gender": "性别", "person.ethnicity": "民族", "person.birthDate": "出生日期",
        "person.idNumber": "身份证号（保密）", "person.phone": "电话（保密）", "congress.name": "所属人大", "congress.level": "层级",
        "term.number": "届次", congressId: "人大", termId: "届次", withinCongressId: "所辖范围", level: "层级", status: "状态",
        occupation: "职业构成", grassroots: "基层代表", party: "政治面貌", constituency: "原选区（选举单位）", delegation: "代表团",
        groups: "代表小组", statusHistory: "资格变动", stationId: "联络站", q: "搜索",
      },
    },
    Station: {
      name: "联络站",
      fields: {
        name: "名称", kind: "类别", "congress.name": "所属人大", "region.name": "所在区划", congressId: "所属人大", regionId: "所在区划",
        withinCongressId: "所辖范围", address: "地址", latitude: "纬度", longitude: "经度", openingHours: "开放时间",
        receptionDays: "接待日", keeperName: "联络员", keeperPhone: "联络员电话（保密）", active: "在用", groups: "进站小组",
        deputies: "进站代表", q: "搜索",
      },
    },
    WorkingGroup: {
      name: "代表小组",
      fields: {
        name: "名称", kind: "类别", "congress.name": "所属人大", congressId: "所属人大", leader: "组长", "leader.person.name": "组长",
        memberCount: "人数", members: "成员", stationId: "联络站", withinCongressId: "所辖范围", q: "搜索",
      },
    },
    User: {
      name: "用户",
      fields: {
        username: "用户名", displayName: "姓名", phone: "电话（保密）", active: "启用", homeCongress: "所属人大",
        "homeCongress.id": "所属人大", homeCongressId: "所属人大", withinCongressId: "所辖范围", role: "角色", grants: "角色",
        lastLoginAt: "最近登录", lockedUntil: "锁定至", password: "密码", q: "搜索", createdAt: "创建时间",
      },
    },
    ApiKey: {
      name: "接口密钥",
      fields: {
        name: "名称", prefix: "前缀", scopes: "权限", congress: "签发人大", "congress.id": "签发人大", congressId: "签发人大",
        rateLimitPerMinute: "每分钟限额", lastUsedAt: "最近使用", revokedAt: "撤销时间", createdAt: "创建时间",
        includeRevoked: "含已撤销",
      },
    },
    AuditEvent: {
      name: "审计日志",
      fields: {
        createdAt: "时间", actorName: "操作人", action: "操作", entityType: "对象类型", entityId: "对象", requestId: "请求编号",
      },
    },
    Congress: {
      name: "人大",
      fields: {
        name: "名称", shortName: "简称", level: "层级", kind: "类别", address: "办公地址", region: "行政区划",
        "region.id": "行政区划", regionId: "行政区划", parent: "上级人大", "parent.id": "上级人大", parentId: "上级人大",
        withinId: "所辖范围", currentTerm: "本届", terms: "届次", bodies: "机构", sessions: "会议", version: "版本",
        updatedAt: "更新时间", createdAt: "创建时间", q: "搜索", number: "届次", startDate: "开始日期", endDate: "结束日期",
        "children.totalCount": "下级人大数", "handlingUnits.totalCount": "承办单位数",
      },
    },
    Region: {
      name: "行政区划",
      fields: {
        code: "区划代码", name: "名称", level: "层级", kind: "类别", parent: "上级区划", "parent.id": "上级区划",
        parentId: "上级区划", withinId: "所辖范围", congress: "人大", "congress.id": "人大", path: "路径", q: "搜索",
        version: "版本", updatedAt: "更新时间", "children.totalCount": "下级区划数",
      },
    },
    HandlingUnit: {
      name: "承办单位",
      fields: {
        name: "名称", kind: "类别", active: "在用", congress: "所属人大", "congress.id": "所属人大", congressId: "所属人大",
        parent: "上级单位", "parent.id": "上级单位", parentId: "上级单位", withinCongressId: "所辖范围", q: "搜索", version: "版本",
      },
    },
  },
};
