//! Interface strings in English and Simplified Chinese. Data text is never translated here:
//! where the dataset has no Chinese version, it stays in English.

/// The interface string for `key`; the key itself if it is missing (visible in tests).
pub fn t(zh: bool, key: &str) -> &'static str {
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
        "search-companies" => ("Search names (English or 中文), founders, models", "搜索名称（英文或中文）、创始人、模型"),
        "search-models" => ("Search models, organisations, licences", "搜索模型、机构、许可证"),
        "search-events" => ("Search events", "搜索事件"),
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
        _ => return leak(key),
    };
    if zh {
        cn
    } else {
        en
    }
}

/// Missing keys show as themselves; leaking is fine, there are few and they are static.
fn leak(key: &str) -> &'static str {
    Box::leak(key.to_string().into_boxed_str())
}

/// The Simplified Chinese label of an enum value (`kind` names the enum), or `en`.
pub fn label(zh: bool, kind: &str, value: &str, en: &'static str) -> &'static str {
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
