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
            "Click a header to sort; Shift-click adds a secondary sort. Unknown values (—) always sort last.",
            "点击表头排序；按住 Shift 点击可添加次级排序。未知值（—）始终排在最后。",
        ),
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
        ("sort", "name") => "名称",
        ("sort", "founded") => "成立年份",
        ("sort", "models") => "模型数量",
        _ => en,
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
    ("Rows where the picked models differ are highlighted.", "所选模型存在差异的行已高亮显示。"),
    ("No models picked yet. Tick up to six models in the table, then choose Compare.", "尚未选择模型。请在表格中勾选最多六个模型，然后选择“对比”。"),
    ("Back to the table", "返回表格"),
    ("Hollow markers: closed weights. Larger markers: picked models. Y axis: total parameters, log scale.", "空心标记：未开放权重。较大标记：已选模型。纵轴：总参数（对数刻度）。"),
    ("China", "中国"),
    ("United States", "美国"),
    ("Other", "其他"),
    ("All dates", "全部日期"),
    ("Nothing matches these filters.", "没有符合这些筛选条件的结果。"),
    ("No events match these filters. Clear a filter or widen the date range.", "没有符合这些筛选条件的事件。请清除筛选或扩大日期范围。"),
    ("There is no page at", "此地址没有页面："),
    ("Try one of these:", "请尝试："),
    ("The claims below are quoted from", "以下陈述引自"),
    ("the news article this atlas grew from. China AI Atlas checks each claim against sources; quoting it is not an endorsement.", "本图谱据以建立的新闻文章。中国人工智能图谱对照来源核查每条陈述；引用并不代表认同。"),
    ("A sourced fact explorer about China's AI ecosystem. Filter anything, then share exactly what you see by copying the address.", "关于中国人工智能生态的有来源事实浏览器。任意筛选，然后复制地址即可分享您所看到的内容。"),
    ("Labs, big tech, chip makers and robot makers, with founders, listings and sources.", "实验室、大型科技公司、芯片与机器人制造商，附创始人、上市信息和来源。"),
    ("Open-weight models from Chinese labs compared with Western ones: size, context, licence, release.", "中国实验室的开放权重模型与西方模型对比：规模、上下文、许可证、发布时间。"),
    ("From ChatGPT's launch to DeepSeek, the sell-off, export controls and the Hong Kong IPOs.", "从 ChatGPT 发布到 DeepSeek、股市抛售、出口管制和香港上市。"),
    ("Each claim and prediction of the article the atlas grew from, with a verdict and sources.", "本图谱据以建立的文章中的每条陈述与预测，附核查结论和来源。"),
];
