//! Interface strings in English and Simplified Chinese. Data text is never translated here:
//! where the dataset has no Chinese version, it stays in English.

/// The interface string for `key`; the key itself if it is missing (visible in tests).
pub fn t(zh: bool, key: &'static str) -> &'static str {
    let (en, cn) = match key {
        "brand" => ("China AI Atlas", "中国人工智能图谱"),
        "nav-label" => ("Main", "主导航"),
        "overview" => ("Overview", "概览"),
        "companies" => ("Companies", "公司"),
        "models" => ("Models", "模型"),
        "timeline" => ("Timeline", "时间线"),
        "article" => ("The article, checked", "文章核查"),
        "dataset" => ("Dataset", "数据集"),
        "data-as-of" => ("data as of", "数据截至"),
        "footer-note" => (
            "Every value links to its source. Runs entirely in your browser: no server, no tracking.",
            "每个数值都链接到其来源。完全在浏览器中运行：无服务器，无跟踪。",
        ),
        "search" => ("Search", "搜索"),
        "skip-to-results" => ("Skip to results", "跳到结果"),
        "active-filters" => ("Active filters", "当前筛选"),
        "dates" => ("Dates", "日期"),
        "search-companies" => ("Search (all words must match)", "搜索（所有词都须匹配）"),
        "search-models" => ("Search (all words must match)", "搜索（所有词都须匹配）"),
        "search-events" => ("Search (all words must match)", "搜索（所有词都须匹配）"),
        "clear-all" => ("Clear all filters", "清除所有筛选"),
        "sort-by" => ("Sort by", "排序"),
        "ascending" => ("ascending", "升序"),
        "descending" => ("descending", "降序"),
        "of" => ("of", "/"),
        "companies-count" => ("companies", "家公司"),
        "models-count" => ("models", "个模型"),
        "events-count" => ("events", "个事件"),
        "claims-count" => ("claims", "条陈述"),
        "category" => ("Category", "类别"),
        "topic" => ("Topic", "主题"),
        "city" => ("City", "城市"),
        "listing" => ("Listing", "上市状态"),
        "open-weight-publisher" => ("Open-weight publisher", "开放权重发布者"),
        "in-article" => ("Named in the article", "文章提及"),
        "yes" => ("Yes", "是"),
        "no" => ("No", "否"),
        "founded" => ("Founded", "成立"),
        "founders" => ("Founders", "创始人"),
        "headquarters" => ("Headquarters", "总部"),
        "website" => ("Website", "网站"),
        "flagship" => ("Flagship models and products", "旗舰模型与产品"),
        "private" => ("Private", "未上市"),
        "see-models" => ("models in the dataset", "个模型"),
        "see-model" => ("model in the dataset", "个模型"),
        "see-events" => ("events", "个事件"),
        "see-event" => ("event", "个事件"),
        "filters" => ("Filters", "筛选"),
        "date-unknown" => ("Date not confirmed", "日期未确认"),
        "month-unknown" => ("month not known", "月份未知"),
        "download-csv" => ("Download CSV", "下载 CSV"),
        "download-json" => ("Download JSON", "下载 JSON"),
        "cite-embed" => ("Cite · Embed", "引用 · 嵌入"),
        "citation" => ("Citation", "引用"),
        "embed-view" => ("Embed this view", "嵌入此视图"),
        "sort-hint" => (
            "Click a header to sort. Unknown values (—) always sort last.",
            "点击表头排序。未知值（—）始终排在最后。",
        ),
        "sort-hint-shift" => (
            "Shift-click adds a secondary sort.",
            "按住 Shift 点击可添加次级排序。",
        ),
        "show-results" => ("Show the results", "查看结果"),
        "close-filters" => ("Close the filters", "关闭筛选"),
        "printed-from" => ("Printed from", "打印自"),
        "no-results" => ("Nothing matches these filters.", "没有符合这些筛选条件的结果。"),
        "notices" => ("Some parts of this link were not understood", "链接中的部分参数无法识别"),
        "dismiss" => ("Dismiss", "关闭"),
        "source" => ("source", "来源"),
        "grade-primary" => ("primary", "一手来源"),
        "grade-secondary" => ("secondary", "二手来源"),
        "grade-tertiary" => ("tertiary", "三手来源"),
        "low-confidence" => ("low confidence", "低可信度"),
        "low-confidence-hint" => (
            "Some values of this record rest on weaker or conflicting sources; see its notes.",
            "此记录的部分数值来源较弱或相互矛盾；请参阅其说明。",
        ),
        "sources" => ("Sources", "来源"),
        "not-published" => ("not published", "未公布"),
        "not-found" => ("Page not found", "未找到页面"),
        "organisation" => ("Organisation", "机构"),
        "country" => ("Country", "国家"),
        "licence-family" => ("Licence family", "许可类型"),
        "open-weights" => ("Open weights", "开放权重"),
        "architecture" => ("Architecture", "架构"),
        "modality" => ("Modality", "模态"),
        "reasoning" => ("Reasoning", "推理"),
        "parameters" => ("Total parameters (billions)", "总参数（十亿）"),
        "released" => ("Released", "发布"),
        "from" => ("from", "从"),
        "to" => ("to", "至"),
        "table" => ("Table", "表格"),
        "chart" => ("Chart", "图表"),
        "compare" => ("Compare", "对比"),
        "columns" => ("Columns", "列"),
        "pick" => ("Pick to compare", "选择以对比"),
        "order" => ("Order", "顺序"),
        "oldest-first" => ("Oldest first", "最早优先"),
        "newest-first" => ("Newest first", "最新优先"),
        "copy-link" => ("Copy link", "复制链接"),
        "copied" => ("Link copied", "链接已复制"),
        "theme" => ("Dark mode", "深色模式"),
        "language" => ("中文", "English"),
        "verdict" => ("Verdict", "结论"),
        _ => return key,
    };
    if zh {
        cn
    } else {
        en
    }
}

/// The Simplified Chinese label of an enum value (`kind` names the enum), or `en`.
pub fn label<'a>(zh: bool, kind: &str, value: &str, en: &'a str) -> &'a str {
    if !zh {
        return en;
    }
    match (kind, value) {
        ("cat", "foundation-lab") => "基础模型实验室",
        ("cat", "big-tech") => "大型科技公司",
        ("cat", "internet-platform") => "互联网平台",
        ("cat", "robotics") => "机器人 / 具身智能",
        ("cat", "semiconductors") => "半导体",
        ("cat", "devices") => "智能设备",
        ("cat", "research-institute") => "研究机构",
        ("country", "China") => "中国",
        ("country", "United States") => "美国",
        ("country", "France") => "法国",
        ("city", "Beijing") => "北京",
        ("city", "Hangzhou") => "杭州",
        ("city", "Hefei") => "合肥",
        ("city", "Shanghai") => "上海",
        ("city", "Shenzhen") => "深圳",
        ("city", "Hong Kong") => "香港",
        ("city", "Guangzhou") => "广州",
        ("city", "Menlo Park") => "门洛帕克",
        ("city", "San Francisco") => "旧金山",
        ("city", "Santa Clara") => "圣克拉拉",
        ("city", "Mountain View") => "山景城",
        ("city", "Redmond") => "雷德蒙德",
        ("city", "Paris") => "巴黎",
        ("listed", "listed") => "已上市",
        ("listed", "private") => "未上市",
        ("listed", "subsidiary") => "上市公司子公司",
        ("listed", "public-institution") => "公共机构",
        ("listed", "unknown") => "未记录",
        ("lic", "permissive") => "宽松许可",
        ("lic", "restricted") => "有限制的开放许可",
        ("lic", "proprietary") => "专有",
        ("arch", "dense") => "稠密",
        ("arch", "moe") => "混合专家（MoE）",
        ("mod", "text") => "文本",
        ("mod", "code") => "代码",
        ("mod", "vision-language") => "视觉-语言",
        ("mod", "multimodal") => "多模态",
        ("mod", "omni") => "全模态",
        ("event", "model-release") => "模型发布",
        ("event", "research") => "研究",
        ("event", "market") => "市场",
        ("event", "policy") => "政策",
        ("event", "funding") => "融资 / 上市",
        ("event", "hardware") => "硬件",
        ("event", "adoption") => "应用",
        ("event", "robotics") => "机器人",
        ("topic", "chip-controls") => "芯片出口管制与贸易",
        ("topic", "china-ai-rules") => "中国人工智能规则与规划",
        ("topic", "domestic-chips") => "国产人工智能芯片",
        ("topic", "us-china-talks") => "中美对话",
        ("topic", "pricing") => "API 价格",
        ("verdict", "confirmed") => "属实",
        ("verdict", "corrected") => "基本属实（有更正）",
        ("verdict", "disputed") => "有争议",
        ("verdict", "unverified") => "未证实",
        ("verdict", "opinion") => "观点或预测",
        ("col", "name") => "模型",
        ("col", "org") => "机构",
        ("col", "country") => "国家",
        ("col", "released") => "发布",
        ("col", "params") => "参数",
        ("col", "active") => "激活参数",
        ("col", "arch") => "架构",
        ("col", "context") => "上下文",
        ("col", "license") => "许可证",
        ("col", "lic") => "许可类型",
        ("col", "open") => "开放权重",
        ("col", "mod") => "模态",
        ("col", "reason") => "推理",
        ("col", "bench") => "基准测试",
        ("confidence", "high") => "高",
        ("confidence", "medium") => "中",
        ("confidence", "low") => "低",
        ("kind", "company") => "公司",
        ("kind", "model") => "模型",
        ("kind", "event") => "事件",
        ("kinds", "company") => "公司",
        ("kinds", "model") => "模型",
        ("kinds", "event") => "事件",
        ("sort", "name") => "名称",
        ("sort", "founded") => "成立年份",
        ("sort", "models") => "模型数量",
        _ => en,
    }
}

/// A date as the edition writes it: `27 Jan 2025` or `2025年1月27日` (`2025年1月`, `2025年`),
/// never with more precision than the data has.
pub fn date(zh: bool, d: atlas_core::date::PartialDate) -> String {
    if !zh {
        return d.display();
    }
    use atlas_core::date::DatePrecision;
    match d.precision() {
        DatePrecision::Day => format!("{}年{}月{}日", d.year, d.month, d.day),
        DatePrecision::Month => format!("{}年{}月", d.year, d.month),
        DatePrecision::Year => format!("{}年", d.year),
    }
}

/// A month heading: `November 2022` or `2022年11月`.
pub fn month_heading(zh: bool, year: i32, month: u8) -> String {
    if zh {
        format!("{year}年{month}月")
    } else {
        format!(
            "{} {}",
            atlas_core::date::PartialDate::month_name(month),
            year
        )
    }
}

/// Simplified Chinese for an English interface phrase, keyed by the English text itself;
/// the English when no translation is listed (a test lists the phrases that must have one).
pub fn tr(zh: bool, en: &'static str) -> &'static str {
    if !zh {
        return en;
    }
    PHRASES
        .iter()
        .find(|(e, _)| *e == en)
        .map_or(en, |(_, cn)| cn)
}

/// English phrase → Simplified Chinese.
pub const PHRASES: &[(&str, &str)] = &[
    (
        "The table is wider than the window: scroll it sideways for more columns.",
        "表格比窗口宽：左右滚动可查看更多列。",
    ),
    ("Did you mean", "您是否要找"),
    ("Remove the filter", "移除筛选"),
    ("Search", "搜索"),
    ("Yes", "是"),
    ("No", "否"),
    ("Organisation", "机构"),
    ("Country", "国家"),
    ("Released", "发布"),
    ("Total parameters", "总参数"),
    ("Active parameters", "激活参数"),
    ("Architecture", "架构"),
    ("Context length", "上下文长度"),
    ("Licence", "许可证"),
    ("Licence family", "许可类型"),
    ("Open weights", "开放权重"),
    ("Modality", "模态"),
    ("Reasoning", "推理"),
    ("Benchmark", "基准测试"),
    ("Benchmarks", "基准测试"),
    ("Training compute", "训练算力"),
    ("Model", "模型"),
    ("Parameters", "参数"),
    ("Field", "字段"),
    ("Published by", "发布机构"),
    ("Related events", "相关事件"),
    ("Also known as", "又名"),
    ("Products", "产品"),
    ("Show in the timeline →", "在时间线中查看 →"),
    ("See all in the Models view →", "在模型视图中查看全部 →"),
    ("See all in the Timeline →", "在时间线中查看全部 →"),
    ("Compare with other models…", "与其他模型对比…"),
    ("Did you mean:", "您是否要找："),
    ("Clear the filter:", "清除此筛选："),
    ("Confidence in this record:", "此记录的可信度："),
    ("Show fewer", "收起"),
    ("Show all", "显示全部"),
    ("Select the link to copy it", "请选中链接进行复制"),
    ("Open full view in China AI Atlas ↗", "在中国人工智能图谱中打开完整视图 ↗"),
    ("Highlighted: rows where the models differ in kind (organisation, country, architecture, licence, weights, modality, reasoning).", "高亮：所选模型在类别上不同的行（机构、国家、架构、许可、权重、模态、推理）。"),
    ("No models picked yet. Tick up to six models in the table, then choose Compare.", "尚未选择模型。请在表格中勾选最多六个模型，然后选择“对比”。"),
    ("Back to the table", "返回表格"),
    ("listed", "上市于"),
    ("The search box holds at most 300 characters.", "搜索框最多可输入 300 个字符。"),
    ("not recorded", "未记录"),
    ("Outlet", "媒体"),
    ("Published", "发表日期"),
    ("Address", "网址"),
    ("The article reached this project as plain text, without its outlet, date or address; they stay blank until a source confirms them.", "本文以纯文本形式提供给本项目，未附媒体、日期或网址；在有来源证实之前保持空白。"),
    ("all dates", "全部日期"),
    ("Events per month", "每月事件数"),
    ("Arrow keys move the range by a month; Shift and an arrow key widen or narrow it.", "方向键将范围移动一个月；按住 Shift 再按方向键可扩大或缩小范围。"),
    ("Add a model to the comparison", "向对比中添加模型"),
    ("Six models are compared: remove one to add another", "已对比六个模型：请先移除一个再添加"),
    ("Companies", "公司"),
    ("Models", "模型"),
    ("Founders", "创始人"),
    ("Founded", "成立时间"),
    ("Listing", "上市情况"),
    ("City", "城市"),
    ("Website", "网站"),
    ("Notes", "备注"),
    ("Date", "日期"),
    ("Summary", "摘要"),
    ("Flagship models", "旗舰模型"),
    ("Description", "简介"),
    ("Chinese name", "中文名称"),
    ("Name", "名称"),
    ("Key figures", "关键数据"),
    ("Publishes open weights", "发布开放权重"),
    ("Other fields", "其他字段"),
    ("Search the claims (all words must match)", "搜索论断（所有词都须匹配）"),
    ("Link to this claim", "此论断的链接"),
    ("What the verdicts mean", "结论说明"),
    ("The sources cited confirm the claim as the article states it.", "所引来源证实了文章所述的论断。"),
    ("The claim is right in substance, but a detail (a number, a date, a name) differs from the sources; the explanation gives the sourced value.", "论断大体正确，但某一细节（数字、日期或名称）与来源不符；说明中给出有来源的数值。"),
    ("The sources cited contradict the claim, or credible sources disagree about it.", "所引来源与论断相矛盾，或可信来源对此意见不一。"),
    ("No source found confirms or refutes the claim.", "未找到能证实或否定该论断的来源。"),
    ("A judgement or a prediction, not a fact that can be checked today.", "这是判断或预测，而非目前可以核实的事实。"),
    ("Hollow markers: closed weights. Larger markers: picked models. Y axis: total parameters, log scale.", "空心标记：未开放权重。较大标记：已选模型。纵轴：总参数（对数刻度）。"),
    ("China", "中国"),
    ("United States", "美国"),
    ("Other", "其他"),
    ("All dates", "全部日期"),
    ("Nothing matches these filters.", "没有符合这些筛选条件的结果。"),
    ("No events match these filters. Clear a filter or widen the date range.", "没有符合这些筛选条件的事件。请清除筛选或扩大日期范围。"),
    ("There is no page at", "此地址没有页面："),
    ("Try one of these:", "请尝试："),
    ("X axis", "横轴"),
    ("The race in numbers", "竞赛数据一览"),
    ("Among the models in this atlas: open-weight models and a few closed reference points. The closed US frontier models are not in it, so the US lines show open models only.", "仅统计本图谱收录的模型：开放权重模型及少数闭源参照模型。美国的闭源前沿模型未收录，因此美国的数据线只反映开放模型。"),
    ("Open-weight releases per year", "每年发布的开放权重模型"),
    ("Open-weight releases per quarter", "每季度发布的开放权重模型"),
    ("Other countries (releases only)", "其他国家（仅发布数量图）"),
    ("Licence not recorded", "许可未记录"),
    ("Largest open-weight model so far (log scale)", "迄今最大的开放权重模型（对数刻度）"),
    ("The article's claims by verdict", "文章陈述的核查结论"),
    ("open weights", "开放权重"),
    ("closed weights", "未开放权重"),
    ("Y axis", "纵轴"),
    ("release date", "发布日期"),
    ("total parameters", "总参数"),
    ("active parameters", "激活参数"),
    ("context length", "上下文长度"),
    ("Colour", "配色"),
    ("by country", "按国家"),
    ("by licence family", "按许可类型"),
    (" · all models in the atlas", " · 本图谱全部模型"),
    ("Download SVG", "下载 SVG"),
    ("Measured differently: with tools.", "测法不同：使用了工具。"),
    ("Measured differently: several attempts, the best one kept.", "测法不同：多次尝试，取最佳一次。"),
    ("Benchmark columns show each model's best comparable score (a single attempt, no tools, unless the benchmark is agentic). † measured differently, when no comparable score is published; * more scores on the model's page. Hover or focus a score for its setting.", "基准测试列显示每个模型最佳的可比成绩（单次尝试、不使用工具，智能体类基准除外）。† 表示测法不同（未公布可比成绩时）；* 表示模型页面上还有其他成绩。悬停或聚焦某个成绩可查看其设置。"),
    ("Use a score from 0 to 100: 60, 72.5.", "请填写 0 到 100 之间的分数：60、72.5。"),
    ("Use billions of parameters, with or without a unit: 70, 70B, 0.5T, 1.6T.", "请以十亿（B）为单位填写参数量，可带或不带单位：70、70B、0.5T、1.6T。"),
    ("Use a year, a month or a day: 2025, 2025-01, Jan 2025, 2025/01, 202501, 2025年1月 or 2025-01-15.", "请填写年份、月份或日期：2025、2025-01、2025/01、202501、2025年1月 或 2025-01-15。"),
    ("Benchmark scores shown as columns can be filtered here.", "显示为列的基准测试成绩可在此筛选。"),
    ("Download PNG", "下载 PNG"),
    (" (log scale)", "（对数刻度）"),
    ("Hollow markers: closed weights. Larger markers: picked models.", "空心标记：未开放权重。较大标记：已选模型。"),
    ("filtered models are not drawn because a value on an axis is not published.", "个已筛选的模型因坐标轴上的数值未公布而未绘出。"),
    ("Benchmark scores", "基准测试成绩"),
    ("Score", "成绩"),
    ("Variant and setting", "变体与设置"),
    ("Reported by", "报告方"),
    ("Source", "来源"),
    ("View", "视图"),
    ("Pick", "选择"),
    ("Models by release date and total parameters (log scale)", "按发布日期和总参数（对数刻度）排列的模型"),
    ("Link to this view", "此视图的链接"),
    ("filtered models are not drawn because their release date or parameter count is not published.", "个已筛选的模型因发布日期或参数量未公布而未绘出。"),
    ("Models in the chart", "图表中的模型"),
    ("Nothing similar was found. Browse all", "未找到相似的记录。浏览全部"),
    ("The claims below are quoted from", "以下陈述引自"),
    ("the news article this atlas grew from. China AI Atlas checks each claim against sources; quoting it is not an endorsement.", "本图谱据以建立的新闻文章。中国人工智能图谱对照来源核查每条陈述；引用并不代表认同。"),
    ("A sourced fact explorer about China's AI ecosystem. Filter anything, then share exactly what you see by copying the address.", "关于中国人工智能生态的有来源事实浏览器。任意筛选，然后复制地址即可分享您所看到的内容。"),
    ("Labs, big tech, chip makers and robot makers, with founders, listings and sources.", "实验室、大型科技公司、芯片与机器人制造商，附创始人、上市信息和来源。"),
    ("Open-weight models from Chinese labs compared with Western ones: size, context, licence, release.", "中国实验室的开放权重模型与西方模型对比：规模、上下文、许可证、发布时间。"),
    ("From ChatGPT's launch to DeepSeek, the sell-off, export controls and the Hong Kong IPOs.", "从 ChatGPT 发布到 DeepSeek、股市抛售、出口管制和香港上市。"),
    ("Each claim and prediction of the article the atlas grew from, with a verdict and sources.", "本图谱据以建立的文章中的每条陈述与预测，附核查结论和来源。"),
];

/// A URL notice in the reader's language: the core's English wording, or Chinese built from
/// the warning's code, key and offending text.
pub fn warning(zh: bool, w: &atlas_core::query::Warning) -> String {
    use atlas_core::query::Code;
    if !zh {
        return w.message.clone();
    }
    let (key, arg) = (&w.key, &w.arg);
    match w.code {
        Code::QueryTooLong => format!("链接的查询部分超过 {arg} KB，只读取了开头部分。"),
        Code::BadName => format!("无法读取参数名「{arg}」，已忽略。"),
        Code::ValueTooLong => format!("参数「{key}」的值过长，已忽略。"),
        Code::Malformed => format!("参数「{key}」的值（「{arg}」）格式有误，已忽略。"),
        Code::Repeated => format!("参数「{key}」出现了多次，使用了第一个值。"),
        Code::UnknownItem => format!("参数「{key}」中的未知值「{arg}」已忽略。"),
        Code::BadFlag => {
            format!("「{arg}」不是参数「{key}」的有效值（请用 1 或 0），已忽略。")
        }
        Code::UnknownParam => format!("未知参数「{arg}」已忽略。"),
        Code::UnknownLang => format!("未知语言「{arg}」已忽略（可用 en 或 zh）。"),
        Code::BadNumberRange => {
            format!("「{arg}」不是参数「{key}」的有效范围（例如 7..700、7.. 或 ..700），已忽略。")
        }
        Code::BadDateRange => format!(
            "「{arg}」不是有效的日期范围（例如 2024-01..2025-06、2024.. 或 ..2025-06），已忽略。"
        ),
        Code::UnknownSort => format!("未知排序方式「{arg}」已忽略，按名称排序。"),
        Code::UnknownColumn if key == "color" => {
            format!("未知的图表配色「{arg}」已忽略（可用 country 或 license）。")
        }
        Code::UnknownColumn => format!("未知列「{arg}」已忽略。"),
        Code::UnknownModel => format!("未知模型「{arg}」，未加入对比。"),
        Code::TooManyPicked => format!(
            "最多可对比 {} 个模型，「{arg}」未加入。",
            atlas_core::state::MAX_PICKED
        ),
        Code::UnknownView => format!("未知视图「{arg}」，显示表格。"),
        Code::UnknownOrder => format!("未知顺序「{arg}」已忽略（可用 asc 或 desc）。"),
        Code::UnknownEvent => format!("未知事件「{arg}」，无法定位。"),
    }
}
