//! The dataset's record types, as stored in `data/*.json`, and the embedded copy of those files.
//!
//! Records are deserialised strictly (unknown fields are errors) and then checked by
//! [`crate::validate`]; nothing here decides whether a record is acceptable.

use serde::{Deserialize, Serialize};

use crate::date::PartialDate;

/// The raw text of each dataset file, with the file name used in error messages.
#[derive(Clone, Copy, Debug)]
pub struct DatasetFiles<'a> {
    pub dataset: &'a str,
    pub companies: &'a str,
    pub models: &'a str,
    pub events: &'a str,
    pub claims: &'a str,
}

/// The dataset files compiled into the binary.
pub const EMBEDDED_FILES: DatasetFiles<'static> = DatasetFiles {
    dataset: include_str!("../../data/dataset.json"),
    companies: include_str!("../../data/companies.json"),
    models: include_str!("../../data/models.json"),
    events: include_str!("../../data/events.json"),
    claims: include_str!("../../data/claims.json"),
};

/// The dataset header: version and the date the facts were last checked.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DatasetHeader {
    pub version: String,
    /// The newest dated record (day precision), computed when the dataset loads — never typed
    /// by hand, so "data as of" cannot drift from the data.
    #[serde(skip, default = "PartialDate::unknown")]
    pub as_of: PartialDate,
    pub title: String,
    pub article: ArticleReference,
}

/// The news article the product grew from, credited on the article view.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ArticleReference {
    pub title: String,
    pub note: String,
    /// Who published it, when and where: `null` while no source confirms them (the article
    /// reached the project as plain text, without them).
    pub outlet: Option<String>,
    pub published: Option<PartialDate>,
    pub url: Option<String>,
}

/// Where a value comes from. `supports` names the fields the source backs; when it is absent
/// the source backs the whole record. (No `skip_serializing_if` here or on any record type:
/// the app ships the dataset in postcard, which needs every field on the wire; see `wire.rs`.)
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: String,
    pub url: String,
    #[serde(default)]
    pub supports: Option<Vec<String>>,
    /// official, official-copy, third-party, … as the research notes graded it.
    #[serde(default)]
    pub kind: Option<String>,
    /// How much the source can carry: see [`Grade`]. Validation requires it.
    #[serde(default)]
    pub grade: Option<Grade>,
}

/// A source's standing. Every value must rest on at least one primary or secondary source;
/// tertiary sources may add context, never carry a value alone.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum Grade {
    /// The organisation itself, its model card or repository, a paper, a filing or regulator.
    Primary,
    /// An established newsroom or research organisation.
    Secondary,
    /// Wikis, aggregators, blogs, mirrors, archives.
    Tertiary,
}

impl Grade {
    pub const ALL: [Grade; 3] = [Grade::Primary, Grade::Secondary, Grade::Tertiary];
    pub fn as_str(self) -> &'static str {
        match self {
            Grade::Primary => "primary",
            Grade::Secondary => "secondary",
            Grade::Tertiary => "tertiary",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Grade::Primary => "Primary source",
            Grade::Secondary => "Secondary source",
            Grade::Tertiary => "Tertiary source",
        }
    }
    /// Can carry a value on its own.
    pub fn carries_values(self) -> bool {
        self != Grade::Tertiary
    }
}

impl Source {
    pub fn supports_field(&self, field: &str) -> bool {
        match &self.supports {
            None => true,
            Some(fields) => fields.iter().any(|f| f == field),
        }
    }
}

/// Sources that back one field of a record.
pub fn sources_for<'a>(
    sources: &'a [Source],
    field: &'a str,
) -> impl Iterator<Item = &'a Source> + 'a {
    sources.iter().filter(move |s| s.supports_field(field))
}

#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum CompanyCategory {
    FoundationLab,
    BigTech,
    InternetPlatform,
    Robotics,
    Semiconductors,
    Devices,
    ResearchInstitute,
}

impl CompanyCategory {
    pub const ALL: [CompanyCategory; 7] = [
        CompanyCategory::FoundationLab,
        CompanyCategory::BigTech,
        CompanyCategory::InternetPlatform,
        CompanyCategory::Robotics,
        CompanyCategory::Semiconductors,
        CompanyCategory::Devices,
        CompanyCategory::ResearchInstitute,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            CompanyCategory::FoundationLab => "foundation-lab",
            CompanyCategory::BigTech => "big-tech",
            CompanyCategory::InternetPlatform => "internet-platform",
            CompanyCategory::Robotics => "robotics",
            CompanyCategory::Semiconductors => "semiconductors",
            CompanyCategory::Devices => "devices",
            CompanyCategory::ResearchInstitute => "research-institute",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            CompanyCategory::FoundationLab => "Foundation-model lab",
            CompanyCategory::BigTech => "Big tech",
            CompanyCategory::InternetPlatform => "Internet platform",
            CompanyCategory::Robotics => "Robotics / embodied AI",
            CompanyCategory::Semiconductors => "Semiconductors",
            CompanyCategory::Devices => "Devices",
            CompanyCategory::ResearchInstitute => "Research institute",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == text)
    }
}

#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum ListingStatus {
    Listed,
    Private,
    Subsidiary,
    PublicInstitution,
    /// No source read states the listing status.
    Unknown,
}

impl ListingStatus {
    pub const ALL: [ListingStatus; 5] = [
        ListingStatus::Listed,
        ListingStatus::Private,
        ListingStatus::Subsidiary,
        ListingStatus::PublicInstitution,
        ListingStatus::Unknown,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ListingStatus::Listed => "listed",
            ListingStatus::Private => "private",
            ListingStatus::Subsidiary => "subsidiary",
            ListingStatus::PublicInstitution => "public-institution",
            ListingStatus::Unknown => "unknown",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            ListingStatus::Listed => "Listed",
            ListingStatus::Private => "Private",
            ListingStatus::Subsidiary => "Subsidiary of a listed company",
            ListingStatus::PublicInstitution => "Public institution",
            ListingStatus::Unknown => "Not recorded",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == text)
    }
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Listing {
    pub status: ListingStatus,
    pub exchange: Option<String>,
    pub ticker: Option<String>,
    pub ipo_date: Option<PartialDate>,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Company {
    pub id: String,
    pub name_en: String,
    pub name_zh: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub category: CompanyCategory,
    pub country: String,
    pub city: Option<String>,
    pub founded: Option<i32>,
    #[serde(default)]
    pub founders: Vec<String>,
    pub listing: Listing,
    /// Flagship model families and products, as the sources name them.
    #[serde(default)]
    pub flagship: Vec<String>,
    pub open_weight_publisher: bool,
    pub description: String,
    pub website: Option<String>,
    /// Whether the seed article names this company.
    pub in_article: bool,
    pub notes: Option<String>,
    pub sources: Vec<Source>,
}

#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum Architecture {
    Dense,
    Moe,
}

impl Architecture {
    pub const ALL: [Architecture; 2] = [Architecture::Dense, Architecture::Moe];
    pub fn as_str(self) -> &'static str {
        match self {
            Architecture::Dense => "dense",
            Architecture::Moe => "moe",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Architecture::Dense => "Dense",
            Architecture::Moe => "MoE",
        }
    }
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == text)
    }
}

#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum LicenseFamily {
    Permissive,
    Restricted,
    Proprietary,
}

impl LicenseFamily {
    pub const ALL: [LicenseFamily; 3] = [
        LicenseFamily::Permissive,
        LicenseFamily::Restricted,
        LicenseFamily::Proprietary,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            LicenseFamily::Permissive => "permissive",
            LicenseFamily::Restricted => "restricted",
            LicenseFamily::Proprietary => "proprietary",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            LicenseFamily::Permissive => "Permissive",
            LicenseFamily::Restricted => "Open with restrictions",
            LicenseFamily::Proprietary => "Proprietary",
        }
    }
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == text)
    }
}

#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum Modality {
    Text,
    Code,
    VisionLanguage,
    Multimodal,
    Omni,
}

impl Modality {
    pub const ALL: [Modality; 5] = [
        Modality::Text,
        Modality::Code,
        Modality::VisionLanguage,
        Modality::Multimodal,
        Modality::Omni,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Text => "text",
            Modality::Code => "code",
            Modality::VisionLanguage => "vision-language",
            Modality::Multimodal => "multimodal",
            Modality::Omni => "omni",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Modality::Text => "Text",
            Modality::Code => "Code",
            Modality::VisionLanguage => "Vision-language",
            Modality::Multimodal => "Multimodal",
            Modality::Omni => "Omni",
        }
    }
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == text)
    }
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Benchmark {
    /// The benchmark, written as `benchmarks::BENCHMARKS` spells it when it is one of those.
    pub name: String,
    pub score: f64,
    /// The model variant the score is for ("Instruct", "thinking mode", …).
    pub variant: Option<String>,
    /// How it was measured: shots, thinking on/off, pass@k, agent scaffold, date window.
    /// Required (validation): scores measured differently must never look alike.
    pub setting: Option<String>,
    pub source_url: String,
    /// When the source published the score.
    #[serde(default)]
    pub date: Option<PartialDate>,
    /// `lab` when the model's publisher reported the score; else who measured it.
    /// Required (validation).
    #[serde(default)]
    pub reported_by: Option<String>,
}

impl Benchmark {
    /// Why this score is not comparable with the column's usual setting, if it is not.
    pub fn caveat(&self) -> Option<crate::benchmarks::Caveat> {
        crate::benchmarks::caveat(&self.name, self.setting.as_deref().unwrap_or(""))
    }
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TrainingCompute {
    pub value: String,
    pub detail: Option<String>,
    pub source_url: String,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Model {
    pub id: String,
    pub name: String,
    /// The id of the company that published the model.
    pub company: String,
    pub country: String,
    pub released: Option<PartialDate>,
    /// Total parameters in billions, as the publisher states them.
    pub total_params_b: Option<f64>,
    /// Active parameters per token in billions (mixture-of-experts models only).
    pub active_params_b: Option<f64>,
    /// How the parameter counts were stated, or why none is stored.
    pub params_note: Option<String>,
    pub architecture: Option<Architecture>,
    /// Context length in tokens.
    pub context_tokens: Option<u64>,
    /// True when the source gives the context as a round figure ("128K") rather than exactly.
    #[serde(default)]
    pub context_rounded: bool,
    /// The source's own wording of the context length.
    pub context_label: Option<String>,
    pub license: Option<String>,
    pub license_family: Option<LicenseFamily>,
    pub open_weights: bool,
    pub modality: Modality,
    pub modality_detail: Option<String>,
    pub reasoning: Option<bool>,
    #[serde(default)]
    pub benchmarks: Vec<Benchmark>,
    pub training_compute: Option<TrainingCompute>,
    pub confidence: String,
    pub notes: Option<String>,
    pub sources: Vec<Source>,
}

impl Model {
    /// The model's scores on a benchmark, the one a column shows first: comparable scores
    /// (no [`Caveat`](crate::benchmarks::Caveat)) best first, then the others best first.
    pub fn scores<'a>(&'a self, benchmark: &'a str) -> impl Iterator<Item = &'a Benchmark> + 'a {
        let mut scores: Vec<&Benchmark> = self
            .benchmarks
            .iter()
            .filter(|b| b.name == benchmark)
            .collect();
        scores.sort_by(|a, b| {
            a.caveat()
                .is_some()
                .cmp(&b.caveat().is_some())
                .then(b.score.total_cmp(&a.score))
        });
        scores.into_iter()
    }

    /// The score a column, the chart and the overview use: the best comparable one, or the
    /// best with a caveat when there is no other.
    pub fn best_score(&self, benchmark: &str) -> Option<&Benchmark> {
        let best = |caveat: bool| {
            self.benchmarks
                .iter()
                .filter(|b| b.name == benchmark && b.caveat().is_some() == caveat)
                .max_by(|a, b| a.score.total_cmp(&b.score))
        };
        best(false).or_else(|| best(true))
    }
}

#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum EventCategory {
    ModelRelease,
    Research,
    Market,
    Policy,
    Funding,
    Hardware,
    Adoption,
    Robotics,
}

impl EventCategory {
    pub const ALL: [EventCategory; 8] = [
        EventCategory::ModelRelease,
        EventCategory::Research,
        EventCategory::Market,
        EventCategory::Policy,
        EventCategory::Funding,
        EventCategory::Hardware,
        EventCategory::Adoption,
        EventCategory::Robotics,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            EventCategory::ModelRelease => "model-release",
            EventCategory::Research => "research",
            EventCategory::Market => "market",
            EventCategory::Policy => "policy",
            EventCategory::Funding => "funding",
            EventCategory::Hardware => "hardware",
            EventCategory::Adoption => "adoption",
            EventCategory::Robotics => "robotics",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            EventCategory::ModelRelease => "Model release",
            EventCategory::Research => "Research",
            EventCategory::Market => "Market",
            EventCategory::Policy => "Policy",
            EventCategory::Funding => "Funding / IPO",
            EventCategory::Hardware => "Hardware",
            EventCategory::Adoption => "Adoption",
            EventCategory::Robotics => "Robotics",
        }
    }
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == text)
    }
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    /// `None` only when no source confirms the date; such events sort last.
    pub date: Option<PartialDate>,
    pub title: String,
    pub summary: String,
    pub category: EventCategory,
    /// Themes that cut across categories (export controls are "policy" beside domestic rules).
    #[serde(default)]
    pub topics: Vec<Topic>,
    #[serde(default)]
    pub companies: Vec<String>,
    #[serde(default)]
    pub models: Vec<String>,
    /// Products named by the event that are not models in the dataset (chips, robots, apps).
    #[serde(default)]
    pub products: Vec<String>,
    pub in_article: bool,
    /// When the event is the release of a model, that model's id; its date must match.
    pub release_of: Option<String>,
    #[serde(default)]
    pub key_figures: Option<std::collections::BTreeMap<String, String>>,
    pub notes: Option<String>,
    pub sources: Vec<Source>,
}

#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    Confirmed,
    Corrected,
    Disputed,
    Unverified,
    Opinion,
}

impl Verdict {
    pub const ALL: [Verdict; 5] = [
        Verdict::Confirmed,
        Verdict::Corrected,
        Verdict::Disputed,
        Verdict::Unverified,
        Verdict::Opinion,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Confirmed => "confirmed",
            Verdict::Corrected => "corrected",
            Verdict::Disputed => "disputed",
            Verdict::Unverified => "unverified",
            Verdict::Opinion => "opinion",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Confirmed => "Confirmed",
            Verdict::Corrected => "Confirmed with correction",
            Verdict::Disputed => "Disputed",
            Verdict::Unverified => "Unverified",
            Verdict::Opinion => "Opinion or prediction",
        }
    }
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == text)
    }
}

/// A theme an event belongs to, across categories: what readers filter the timeline by.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum Topic {
    /// US export controls on AI chips and the trade in them (licences, Entity List, approvals).
    ChipControls,
    /// China's own AI rules, guidelines and plans.
    ChinaAiRules,
    /// Chips designed in China for AI.
    DomesticChips,
    /// Talks between the US and Chinese governments on AI.
    UsChinaTalks,
    /// Prices of model APIs.
    Pricing,
}

impl Topic {
    pub const ALL: [Topic; 5] = [
        Topic::ChipControls,
        Topic::ChinaAiRules,
        Topic::DomesticChips,
        Topic::UsChinaTalks,
        Topic::Pricing,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Topic::ChipControls => "chip-controls",
            Topic::ChinaAiRules => "china-ai-rules",
            Topic::DomesticChips => "domestic-chips",
            Topic::UsChinaTalks => "us-china-talks",
            Topic::Pricing => "pricing",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Topic::ChipControls => "Chip export controls and trade",
            Topic::ChinaAiRules => "China's AI rules and plans",
            Topic::DomesticChips => "Chinese AI chips",
            Topic::UsChinaTalks => "US–China talks",
            Topic::Pricing => "API prices",
        }
    }
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == text)
    }
}

/// A factual claim or prediction made by the seed article, with our verdict.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    pub id: String,
    /// Position in the article (1 = first claim).
    pub order: u32,
    pub quote: String,
    pub verdict: Verdict,
    pub explanation: String,
    #[serde(default)]
    pub companies: Vec<String>,
    #[serde(default)]
    pub models: Vec<String>,
    #[serde(default)]
    pub events: Vec<String>,
    pub sources: Vec<Source>,
}
