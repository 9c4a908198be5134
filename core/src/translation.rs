//! The Chinese edition's data texts: `data/zh/{companies,models,events,claims}.json`.
//!
//! Each file maps a record id to its translated fields; each translation stores the Chinese
//! text and `from`, a hash of the English text it was made from ([`english_hash`]). When the
//! English is edited, the hash no longer matches and the translation is *stale*: [`load`]
//! reports it (a test fails, naming the record and field), and [`ZhTexts::current`] leaves it
//! out, so a reader never sees a translation of an outdated English text — the English shows
//! instead, marked `lang="en"`.
//!
//! The browser does not parse these files: the post-build step writes the current
//! translations as one postcard file (`zh.bin`) that the app fetches when the reader chooses
//! Chinese.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::Dataset;

/// A kind of record whose texts are translated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum TextKind {
    Company,
    Model,
    Event,
    Claim,
}

impl TextKind {
    pub const ALL: [TextKind; 4] = [
        TextKind::Company,
        TextKind::Model,
        TextKind::Event,
        TextKind::Claim,
    ];

    /// The data file (in `data/zh/` and `data/`) of this kind.
    pub fn file(self) -> &'static str {
        match self {
            TextKind::Company => "companies",
            TextKind::Model => "models",
            TextKind::Event => "events",
            TextKind::Claim => "claims",
        }
    }

    /// The fields of this kind that readers see as prose and that are translated.
    pub fn fields(self) -> &'static [&'static str] {
        match self {
            TextKind::Company => &["description", "notes"],
            TextKind::Model => &["notes", "params_note", "modality_detail"],
            TextKind::Event => &["title", "summary", "notes"],
            TextKind::Claim => &["quote", "explanation"],
        }
    }
}

/// The English text of a record's field, if the record exists and the field has a text.
pub fn english<'a>(dataset: &'a Dataset, kind: TextKind, id: &str, field: &str) -> Option<&'a str> {
    let text: Option<&String> = match kind {
        TextKind::Company => dataset.company(id).and_then(|c| match field {
            "description" => Some(&c.description),
            "notes" => c.notes.as_ref(),
            _ => None,
        }),
        TextKind::Model => dataset.model(id).and_then(|m| match field {
            "notes" => m.notes.as_ref(),
            "params_note" => m.params_note.as_ref(),
            "modality_detail" => m.modality_detail.as_ref(),
            _ => None,
        }),
        TextKind::Event => dataset.event(id).and_then(|e| match field {
            "title" => Some(&e.title),
            "summary" => Some(&e.summary),
            "notes" => e.notes.as_ref(),
            _ => None,
        }),
        TextKind::Claim => dataset
            .claims
            .iter()
            .find(|c| c.id == id)
            .and_then(|c| match field {
                "quote" => Some(&c.quote),
                "explanation" => Some(&c.explanation),
                _ => None,
            }),
    };
    text.map(String::as_str).filter(|t| !t.trim().is_empty())
}

/// FNV-1a (64-bit) of the UTF-8 text, as 16 lower-case hex digits: the fingerprint of the
/// English a translation was made from.
pub fn english_hash(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// One translated field in a `data/zh` file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    zh: String,
    from: String,
}

type File = BTreeMap<String, BTreeMap<String, Entry>>;

/// A translation problem found by [`load`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The English changed since the translation was made.
    Stale {
        kind: TextKind,
        id: String,
        field: String,
    },
    /// Anything else: unknown record or field, an empty text, a file that does not parse.
    Invalid(String),
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::Stale { kind, id, field } => write!(
                f,
                "data/zh/{}.json: the translation of {id}.{field} is stale — the English text changed since it was translated; translate the new text and update `from`",
                kind.file()
            ),
            Problem::Invalid(message) => f.write_str(message),
        }
    }
}

/// The translated texts, keyed by record kind, id and field.
#[derive(Debug, Default, Clone, PartialEq, Serialize, Deserialize)]
pub struct ZhTexts {
    texts: BTreeMap<(TextKind, String, String), String>,
}

impl ZhTexts {
    /// The Chinese text of a record's field, if there is a current translation.
    pub fn get(&self, kind: TextKind, id: &str, field: &str) -> Option<&str> {
        self.texts
            .get(&(kind, id.to_string(), field.to_string()))
            .map(String::as_str)
    }

    pub fn len(&self) -> usize {
        self.texts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
    }

    /// The binary the browser fetches (`zh.bin`).
    pub fn encode(&self) -> Vec<u8> {
        postcard::to_allocvec(self).expect("translations encode")
    }

    pub fn decode(bytes: &[u8]) -> Result<ZhTexts, String> {
        postcard::from_bytes(bytes).map_err(|e| format!("the Chinese texts did not decode: {e}"))
    }
}

/// Reads the translation files (`(kind, JSON text)` pairs) against the dataset. Returns the
/// current translations and every problem found (stale ones are left out of the texts).
pub fn load(dataset: &Dataset, files: &[(TextKind, &str)]) -> (ZhTexts, Vec<Problem>) {
    let mut texts = ZhTexts::default();
    let mut problems = Vec::new();
    for &(kind, json) in files {
        let file: File = match serde_json::from_str(json) {
            Ok(file) => file,
            Err(e) => {
                problems.push(Problem::Invalid(format!(
                    "data/zh/{}.json: {e}",
                    kind.file()
                )));
                continue;
            }
        };
        for (id, fields) in file {
            for (field, entry) in fields {
                let place = format!("data/zh/{}.json: {id}.{field}", kind.file());
                if !kind.fields().contains(&field.as_str()) {
                    problems.push(Problem::Invalid(format!(
                        "{place}: `{field}` is not a translated field (expected one of {})",
                        kind.fields().join(", ")
                    )));
                    continue;
                }
                let Some(english) = english(dataset, kind, &id, &field) else {
                    problems.push(Problem::Invalid(format!(
                        "{place}: no such record, or it has no English text to translate"
                    )));
                    continue;
                };
                if entry.zh.trim().is_empty() {
                    problems.push(Problem::Invalid(format!(
                        "{place}: the Chinese text is empty"
                    )));
                    continue;
                }
                if entry.from != english_hash(english) {
                    problems.push(Problem::Stale {
                        kind,
                        id: id.clone(),
                        field: field.clone(),
                    });
                    continue;
                }
                texts.texts.insert((kind, id.clone(), field), entry.zh);
            }
        }
    }
    (texts, problems)
}

/// The translation files as the crate embeds them.
pub fn embedded_files() -> [(TextKind, &'static str); 4] {
    [
        (
            TextKind::Company,
            include_str!("../../data/zh/companies.json"),
        ),
        (TextKind::Model, include_str!("../../data/zh/models.json")),
        (TextKind::Event, include_str!("../../data/zh/events.json")),
        (TextKind::Claim, include_str!("../../data/zh/claims.json")),
    ]
}

/// Every text a reader sees in English that has no current translation.
pub fn untranslated(dataset: &Dataset, texts: &ZhTexts) -> Vec<String> {
    let mut missing = Vec::new();
    for kind in TextKind::ALL {
        let ids: Vec<&str> = match kind {
            TextKind::Company => dataset.companies.iter().map(|c| c.id.as_str()).collect(),
            TextKind::Model => dataset.models.iter().map(|m| m.id.as_str()).collect(),
            TextKind::Event => dataset.events().iter().map(|e| e.id.as_str()).collect(),
            TextKind::Claim => dataset.claims.iter().map(|c| c.id.as_str()).collect(),
        };
        for id in ids {
            for field in kind.fields() {
                if english(dataset, kind, id, field).is_some()
                    && texts.get(kind, id, field).is_none()
                {
                    missing.push(format!("{}/{id}.{field}", kind.file()));
                }
            }
        }
    }
    missing
}
