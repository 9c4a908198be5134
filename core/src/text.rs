//! Search keys: lower-cased, accent-folded text built once per record at start-up.

use memchr::memmem::Finder;

use crate::dataset::{Company, Event, Model};

/// Lower-cases and folds Latin accents so `Zhípǔ` matches `zhipu`. Chinese text is kept as is,
/// so substring search works on it (`深度` finds `深度求索`).
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    normalize_into(&mut out, text);
    out
}

/// [`normalize`] appended to `out`; ASCII text (most of the data) takes a byte-wise path.
fn normalize_into(out: &mut String, text: &str) {
    if text.is_ascii() {
        let start = out.len();
        out.push_str(text);
        out[start..].make_ascii_lowercase();
        return;
    }
    for ch in text.chars() {
        for lower in ch.to_lowercase() {
            out.push(fold_accent(lower));
        }
    }
}

fn fold_accent(ch: char) -> char {
    match ch {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ǎ' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ě' | 'ę' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ǐ' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ǒ' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ǔ' | 'ǖ' | 'ǘ' | 'ǚ' | 'ǜ' => 'u',
        'ý' | 'ÿ' => 'y',
        'š' | 'ś' => 's',
        'ž' | 'ź' | 'ż' => 'z',
        'ł' => 'l',
        _ => ch,
    }
}

/// True when every whitespace-separated term of the (normalised) query occurs in the key, as
/// typed or with punctuation left out on both sides (`glm5` finds `GLM-5`, `v3.1` finds
/// `V3-1`): terms combine with AND.
pub fn matches(key: &str, normalized_query: &str) -> bool {
    Terms::prepared(normalized_query).matches(key)
}

/// A search prepared once per query, not once per record: its terms, each also without
/// punctuation, with their substring searchers built once.
pub struct Terms(Vec<(Finder<'static>, Option<Finder<'static>>)>);

impl Terms {
    /// Normalises the reader's query and splits it into terms.
    pub fn new(query: &str) -> Terms {
        Terms::prepared(&normalize(query))
    }

    fn prepared(normalized_query: &str) -> Terms {
        Terms(
            normalized_query
                .split_whitespace()
                .map(|term| {
                    let compact = compact(term);
                    let compact = (!compact.is_empty() && compact != term)
                        .then(|| Finder::new(compact.as_bytes()).into_owned());
                    (Finder::new(term.as_bytes()).into_owned(), compact)
                })
                .collect(),
        )
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// See [`matches`].
    pub fn matches(&self, key: &str) -> bool {
        let key = key.as_bytes();
        self.0.iter().all(|(term, compact)| {
            term.find(key).is_some() || compact.as_ref().is_some_and(|c| c.find(key).is_some())
        })
    }
}

/// Text without the punctuation people type inconsistently in names (`-`, `.`, `_`, `/`, `'`).
fn compact(text: &str) -> String {
    text.chars().filter(|c| !is_punctuation(*c)).collect()
}

fn is_punctuation(c: char) -> bool {
    matches!(c, '-' | '.' | '_' | '/' | '\'' | '’' | ' ')
}

/// The search keys of one record type, all in one buffer (one allocation for the whole table,
/// not one per record: this is built for every record at start-up). `keys[i]` is record `i`'s.
#[derive(Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SearchKeys {
    text: String,
    ends: Vec<u32>,
}

impl SearchKeys {
    /// Builds one key per item: `parts` lists the texts of item `i` that a search should find.
    pub fn build<T>(
        items: impl ExactSizeIterator<Item = T>,
        mut parts: impl FnMut(&mut KeyWriter, T),
    ) -> SearchKeys {
        let mut writer = KeyWriter {
            keys: SearchKeys {
                text: String::new(),
                ends: Vec::with_capacity(items.len()),
            },
            punctuated: Vec::new(),
            scratch: String::new(),
        };
        for item in items {
            parts(&mut writer, item);
            writer.finish_key();
        }
        writer.keys.text.shrink_to_fit();
        writer.keys
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Keys as decoded from the binary dataset, checked against the record count: every key
    /// ends after the previous one, on a character boundary, the last at the end of the text.
    pub(crate) fn checked(self, records: usize) -> Result<SearchKeys, String> {
        let consistent = self.ends.len() == records
            && self.ends.windows(2).all(|w| w[0] <= w[1])
            && self
                .ends
                .last()
                .map_or(self.text.is_empty(), |&e| e as usize == self.text.len())
            && self
                .ends
                .iter()
                .all(|&e| self.text.is_char_boundary(e as usize));
        if consistent {
            Ok(self)
        } else {
            Err("the search keys do not match the records".to_string())
        }
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        (0..self.len()).map(move |i| &self[i])
    }
}

impl std::ops::Index<usize> for SearchKeys {
    type Output = str;
    fn index(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.text[start..self.ends[i] as usize]
    }
}

/// Writes one record's search key into [`SearchKeys`]: each part normalised, then the same
/// parts with punctuation left out, so both spellings match (fields are kept apart by a
/// separator no query contains).
pub struct KeyWriter {
    keys: SearchKeys,
    /// Byte ranges (in `keys.text`) of this key's parts that contain punctuation.
    punctuated: Vec<std::ops::Range<usize>>,
    scratch: String,
}

impl KeyWriter {
    pub fn part(&mut self, part: &str) {
        let key = &mut self.keys.text;
        let start = key.len();
        normalize_into(key, part);
        let part = &key[start..];
        let punctuated_part = if part.is_ascii() {
            part.bytes().any(|b| is_punctuation(b as char))
        } else {
            part.contains(is_punctuation)
        };
        if punctuated_part {
            self.punctuated.push(start..key.len());
        }
        key.push('\u{1f}');
    }

    pub fn parts<'a>(&mut self, parts: impl IntoIterator<Item = &'a str>) {
        for part in parts {
            self.part(part);
        }
    }

    /// Appends the synonyms of every [`GLOSSARY`] term this key's text contains (at the start
    /// of a word), so that a search in Chinese, or by another common name, finds the record.
    pub fn glossary(&mut self) {
        let start = self.keys.ends.last().map_or(0, |&e| e as usize);
        static FINDERS: std::sync::OnceLock<Vec<Finder<'static>>> = std::sync::OnceLock::new();
        let finders = FINDERS.get_or_init(|| {
            GLOSSARY
                .iter()
                .map(|(term, _)| Finder::new(term.as_bytes()))
                .collect()
        });
        let mut found: Vec<&'static str> = Vec::new();
        {
            let text = &self.keys.text[start..];
            for (finder, &(_, synonyms)) in finders.iter().zip(GLOSSARY) {
                let at_word_start = finder.find_iter(text.as_bytes()).any(|i| {
                    !text[..i]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric)
                });
                if at_word_start && !found.contains(&synonyms) {
                    found.push(synonyms);
                }
            }
        }
        for synonyms in found {
            self.part(synonyms);
        }
    }

    fn finish_key(&mut self) {
        let key = &mut self.keys.text;
        for range in self.punctuated.drain(..) {
            self.scratch.clear();
            let part = &key[range];
            if part.is_ascii() {
                for &b in part.as_bytes() {
                    if !is_punctuation(b as char) {
                        self.scratch.push(b as char);
                    }
                }
            } else {
                self.scratch
                    .extend(part.chars().filter(|c| !is_punctuation(*c)));
            }
            key.push_str(&self.scratch);
            key.push('\u{1f}');
        }
        self.keys.ends.push(key.len() as u32);
    }
}

/// Search synonyms: an English term as the data writes it (lower case) and the names readers
/// also search for it by — mostly the Chinese ones, for the Chinese edition. Official Chinese
/// names of products and organisations (通义千问 for Qwen, 英伟达 for Nvidia) and the usual
/// Chinese terms; none of these is shown, they only widen search.
pub const GLOSSARY: &[(&str, &str)] = &[
    ("hong kong", "香港 港股 hkex"),
    ("hkex", "香港交易所 港交所 hong kong stock exchange"),
    ("beijing", "北京"),
    ("shanghai", "上海"),
    ("hangzhou", "杭州"),
    ("shenzhen", "深圳"),
    (
        "export control",
        "出口管制 export controls entity list bis licence requirement",
    ),
    ("entity list", "实体清单 出口管制 export controls"),
    (
        "bureau of industry and security",
        "bis 美国商务部工业与安全局 出口管制",
    ),
    ("ipo", "首次公开募股 上市"),
    ("listing", "上市"),
    ("open-source", "开源"),
    ("open source", "开源"),
    ("open-weight", "开源 开放权重"),
    ("open weights", "开源 开放权重"),
    ("chip", "芯片"),
    ("semiconductor", "半导体 芯片"),
    ("robot", "机器人"),
    ("humanoid", "人形机器人"),
    ("funding", "融资"),
    ("investment", "投资 融资"),
    ("nvidia", "英伟达"),
    ("huawei", "华为"),
    ("ascend", "昇腾"),
    ("language model", "大模型 大语言模型"),
    ("reasoning", "推理"),
    ("qwen", "通义千问 千问 通义"),
    ("ernie", "文心一言 文心"),
    ("hunyuan", "混元"),
    ("doubao", "豆包"),
    ("policy", "政策"),
    ("regulation", "监管 法规"),
];

/// Everything a company card shows is searchable: names, founders, flagships, city, country,
/// category, listing (status, exchange, ticker), founding year and description.
pub fn company_search_key(key: &mut KeyWriter, company: &Company) {
    let founded = company.founded.map(|y| y.to_string());
    // Exchanges are stored by their short names; readers also search the long ones.
    let exchange = company.listing.exchange.as_deref().unwrap_or_default();
    let exchange_names = [
        ("HKEX", "Hong Kong Stock Exchange"),
        ("NYSE", "New York Stock Exchange"),
        ("SSE", "Shanghai Stock Exchange"),
        ("SZSE", "Shenzhen Stock Exchange"),
    ]
    .into_iter()
    .filter(move |(short, _)| exchange.contains(short))
    .map(|(_, long)| long);
    key.parts(
        [
            company.id.as_str(),
            company.name_en.as_str(),
            company.category.label(),
            company.listing.status.label(),
            company.description.as_str(),
            company.country.as_str(),
        ]
        .into_iter()
        .chain(company.name_zh.as_deref())
        .chain(company.aliases.iter().map(String::as_str))
        .chain(company.founders.iter().map(String::as_str))
        .chain(company.flagship.iter().map(String::as_str))
        .chain(company.city.as_deref())
        .chain(company.listing.exchange.as_deref())
        .chain(company.listing.ticker.as_deref())
        .chain(founded.as_deref())
        .chain(exchange_names),
    );
    key.glossary();
}

/// Everything a table row shows is searchable, sizes as the table writes them (`671B`,
/// `37B active`, `128K`), architecture, modality and licence family included.
pub fn model_search_key(key: &mut KeyWriter, model: &Model, company: Option<&Company>) {
    let total = model.total_params_b.map(crate::format::params);
    let active = model
        .active_params_b
        .map(|p| format!("{} active", crate::format::params(p)));
    let context = model.context_tokens.map(crate::format::context);
    let released = model.released.map(|d| d.display());
    key.parts(
        [
            model.id.as_str(),
            model.name.as_str(),
            model.country.as_str(),
            model.modality.label(),
        ]
        .into_iter()
        .chain(model.license.as_deref())
        .chain(model.license_family.map(|l| l.label()))
        .chain(model.architecture.map(|a| a.label()))
        .chain(model.architecture.map(|a| a.as_str()))
        .chain(total.as_deref())
        .chain(active.as_deref())
        .chain(context.as_deref())
        .chain(released.as_deref())
        .chain(company.map(|c| c.name_en.as_str()))
        .chain(company.and_then(|c| c.name_zh.as_deref())),
    );
    key.glossary();
}

/// An event's title, summary, category, topics, products, and the names (English and
/// Chinese) of the companies it involves.
pub fn event_search_key<'a>(
    key: &mut KeyWriter,
    event: &Event,
    company: impl Fn(&str) -> Option<&'a Company>,
) {
    key.parts(
        [
            event.id.as_str(),
            event.title.as_str(),
            event.summary.as_str(),
        ]
        .into_iter()
        .chain(std::iter::once(event.category.label()))
        .chain(event.topics.iter().map(|t| t.label()))
        .chain(event.products.iter().map(String::as_str))
        .chain(event.companies.iter().map(String::as_str))
        .chain(event.models.iter().map(String::as_str)),
    );
    for company in event.companies.iter().filter_map(|id| company(id)) {
        key.part(&company.name_en);
        if let Some(zh) = &company.name_zh {
            key.part(zh);
        }
    }
    key.glossary();
}

/// The name among `names` closest to a query that found nothing — a typo away (`deepsek` →
/// `DeepSeek`): at most one edit for short queries, two from eight characters. Whole names and
/// their words are compared without case, accents or punctuation.
pub fn suggest<'a>(query: &str, names: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let wanted = compact(&normalize(query.trim()));
    let wanted: Vec<char> = wanted.chars().collect();
    if wanted.len() < 3 {
        return None;
    }
    let limit = if wanted.len() >= 8 { 2 } else { 1 };
    // A whole name, or one word of it (returned as written: `deepsek` → `DeepSeek`, not the
    // first model name containing that word); on a tie, the earlier and the whole name win.
    let mut best: Option<(usize, &str)> = None;
    for name in names {
        let candidates = std::iter::once(name).chain(name.split_whitespace());
        for candidate in candidates {
            let compacted: Vec<char> = compact(&normalize(candidate)).chars().collect();
            if compacted.len().abs_diff(wanted.len()) > limit {
                continue;
            }
            let distance = edit_distance(&wanted, &compacted);
            if distance <= limit && best.is_none_or(|(d, _)| distance < d) {
                best = Some((distance, candidate));
            }
        }
    }
    best.map(|(_, name)| name)
}

/// Levenshtein distance with adjacent transpositions (optimal string alignment).
fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_accents_but_keeps_chinese() {
        assert_eq!(normalize("Zhípǔ AI"), "zhipu ai");
        assert_eq!(normalize("深度求索"), "深度求索");
    }

    #[test]
    fn names_match_with_or_without_punctuation() {
        let keys = SearchKeys::build(std::iter::once(()), |key, ()| {
            key.parts(["GLM-5", "DeepSeek-V3.1", "Qwen3-235B-A22B"]);
        });
        let key = &keys[0];
        for query in [
            "glm-5",
            "glm5",
            "deepseek v3.1",
            "deepseekv31",
            "v3.1",
            "qwen3 235b",
        ] {
            assert!(matches(key, &normalize(query)), "{query}");
        }
        assert!(!matches(key, "glm6"));
    }

    #[test]
    fn a_typo_away_suggests_the_name() {
        let names = ["DeepSeek", "Moonshot AI", "Zhipu AI", "Qwen3-235B-A22B"];
        assert_eq!(suggest("deepsek", names.into_iter()), Some("DeepSeek"));
        assert_eq!(suggest("Moonshat", names.into_iter()), Some("Moonshot"));
        assert_eq!(
            suggest("moonshot ia", names.into_iter()),
            Some("Moonshot AI")
        );
        assert_eq!(
            suggest("deepsek", ["DeepSeek LLM 67B", "DeepSeek"].into_iter()),
            Some("DeepSeek")
        );
        assert_eq!(suggest("zhpiu", names.into_iter()), Some("Zhipu"));
        assert_eq!(suggest("zzzz", names.into_iter()), None);
        assert_eq!(suggest("ai", names.into_iter()), None);
    }

    #[test]
    fn every_term_must_match() {
        let key = normalize("DeepSeek 深度求索 Hangzhou");
        assert!(matches(&key, "deepseek hangzhou"));
        assert!(matches(&key, "深度"));
        assert!(!matches(&key, "deepseek beijing"));
        assert!(matches(&key, "   "));
    }
}
