//! China AI Atlas core: the dataset, its validation, and everything a view computes from it.
//!
//! Nothing here knows about the browser. The Leptos app in the workspace root calls into this
//! crate; native tests exercise it in seconds.

pub mod benchmarks;
pub mod companies;
pub mod dataset;
pub mod date;
pub mod export;
pub mod facets;
pub mod format;
pub mod index;
pub mod input;
pub mod models;
pub mod overview;
pub mod query;
pub mod spec;
pub mod state;
pub mod synthetic;
pub mod text;
pub mod timeline;
pub mod translation;
pub mod validate;
pub mod wire;

use std::sync::OnceLock;

use dataset::{Claim, Company, DatasetHeader, Event, Model};

/// The validated dataset plus the indexes every view needs, built once at start-up.
#[derive(Debug)]
pub struct Dataset {
    pub header: DatasetHeader,
    pub companies: Vec<Company>,
    pub models: Vec<Model>,
    /// The events and their indexes ([`Dataset::events`]): decoded from `events_wire` on first
    /// use, so a view without events (the models table) does not wait for them at start-up.
    events: OnceLock<EventTable>,
    events_wire: &'static [u8],
    pub claims: Vec<Claim>,
    company_index: index::IdIndex,
    model_index: index::IdIndex,
    /// Normalised search text per model (same order as the records). The companies' and
    /// events' are built on first use (see [`Dataset::company_search`]): start-up only builds
    /// what the largest table needs.
    pub model_search: text::SearchKeys,
    company_search: OnceLock<text::SearchKeys>,
    claim_search: OnceLock<text::SearchKeys>,
    event_search: OnceLock<text::SearchKeys>,
    /// Models per company index.
    pub models_by_company: Vec<Vec<usize>>,
    /// Per models-table column (and a last slot for the name tie-break): every model's sort
    /// rank, built on first use (`models::sort_models`).
    pub(crate) model_ranks: Vec<OnceLock<Vec<u32>>>,
    /// Every model in the order of the last sort asked for (`models::sorted_order`): a query
    /// under an unchanged sort filters this order instead of sorting its results again.
    pub(crate) model_order: std::sync::Mutex<Option<models::SortedOrder>>,
    /// Facet values interned per view table (`spec.rs`), in table order; the companies' and
    /// events' on first use.
    pub model_facets: Vec<facets::FacetColumn>,
    company_facets: OnceLock<Vec<facets::FacetColumn>>,
    event_facets: OnceLock<Vec<facets::FacetColumn>>,
    /// Per company, how many models and events name it, in a dataset decoded from the
    /// companies' slice ([`wire::decode_companies`]), which carries no model, event or claim
    /// records; `None` in a whole dataset, where the records give the counts.
    company_counts: Option<Vec<[u32; 2]>>,
}

/// The events with their id index and their links to companies and models.
#[derive(Debug, Default)]
struct EventTable {
    events: Vec<Event>,
    index: index::IdIndex,
    by_company: Vec<Vec<usize>>,
    by_model: Vec<Vec<usize>>,
}

/// The events a dataset is made with: records (loaded from JSON), or their binary encoding,
/// decoded on first use.
pub(crate) enum Events {
    Records(Vec<Event>),
    Encoded(&'static [u8]),
}

/// The indexes of the companies and the models: built at build time and shipped in the binary
/// dataset (Pagefind-style), so start-up only decodes them; built here when loading JSON.
pub(crate) struct Prebuilt {
    pub company_index: index::IdIndex,
    pub model_index: index::IdIndex,
    pub models_by_company: Vec<Vec<usize>>,
    pub model_search: text::SearchKeys,
    pub model_facets: Vec<facets::FacetColumn>,
}

impl Prebuilt {
    /// Everything but the facet columns, which read the assembled [`Dataset`].
    fn build(companies: &[Company], models: &[Model]) -> Prebuilt {
        let company_index = index::IdIndex::build(companies.len(), |i| &companies[i].id);
        let model_index = index::IdIndex::build(models.len(), |i| &models[i].id);
        let company_at = |id: &str| company_index.get(id, |i| &companies[i].id);
        let mut models_by_company = vec![Vec::new(); companies.len()];
        for (i, model) in models.iter().enumerate() {
            if let Some(c) = company_at(&model.company) {
                models_by_company[c].push(i);
            }
        }
        let model_search = text::SearchKeys::build(models.iter(), |key, m| {
            let company = company_at(&m.company).map(|c| &companies[c]);
            text::model_search_key(key, m, company)
        });
        Prebuilt {
            company_index,
            model_index,
            models_by_company,
            model_search,
            model_facets: Vec::new(),
        }
    }
}

impl Dataset {
    fn new(
        header: DatasetHeader,
        companies: Vec<Company>,
        models: Vec<Model>,
        events: Events,
        claims: Vec<Claim>,
        prebuilt: Option<Prebuilt>,
    ) -> Dataset {
        let prebuilt = prebuilt.unwrap_or_else(|| Prebuilt::build(&companies, &models));
        let mut dataset = Dataset {
            header,
            companies,
            models,
            events: OnceLock::new(),
            events_wire: match events {
                Events::Encoded(bytes) => bytes,
                Events::Records(_) => &[],
            },
            claims,
            company_index: prebuilt.company_index,
            model_index: prebuilt.model_index,
            model_search: prebuilt.model_search,
            company_search: OnceLock::new(),
            claim_search: OnceLock::new(),
            event_search: OnceLock::new(),
            models_by_company: prebuilt.models_by_company,
            model_ranks: (0..=state::ModelColumn::ALL.len())
                .map(|_| OnceLock::new())
                .collect(),
            model_order: std::sync::Mutex::new(None),
            model_facets: prebuilt.model_facets,
            company_facets: OnceLock::new(),
            event_facets: OnceLock::new(),
            company_counts: None,
        };
        if dataset.model_facets.is_empty() {
            dataset.model_facets =
                facets::build_columns(&dataset, &spec::MODEL_FACETS, dataset.models.len());
        }
        if let Events::Records(events) = events {
            let table = dataset.event_table_of(events);
            let _ = dataset.events.set(table);
        }
        dataset
    }

    /// Indexes events by id and links them to their companies and models.
    fn event_table_of(&self, events: Vec<Event>) -> EventTable {
        let index = index::IdIndex::build(events.len(), |i| &events[i].id);
        let mut by_company = vec![Vec::new(); self.companies.len()];
        let mut by_model = vec![Vec::new(); self.models.len()];
        for (i, event) in events.iter().enumerate() {
            for company in &event.companies {
                if let Some(c) = self.company_position(company) {
                    by_company[c].push(i);
                }
            }
            for model in &event.models {
                if let Some(m) = self.model_position(model) {
                    by_model[m].push(i);
                }
            }
        }
        EventTable {
            events,
            index,
            by_company,
            by_model,
        }
    }

    fn event_table(&self) -> &EventTable {
        self.events.get_or_init(|| {
            // The build decoded these very bytes and compared them with the validated records
            // (`build.rs`), so this cannot fail on a shipped app; if it somehow did, the
            // timeline would be empty rather than the app stopping.
            let events = wire::decode_events(self.events_wire).unwrap_or_default();
            self.event_table_of(events)
        })
    }

    /// How many models company `company` (a position in `companies`) published.
    pub fn company_model_count(&self, company: usize) -> usize {
        match &self.company_counts {
            Some(counts) => counts.get(company).map_or(0, |c| c[0] as usize),
            None => self.models_by_company.get(company).map_or(0, Vec::len),
        }
    }

    /// How many events name company `company` (a position in `companies`).
    pub fn company_event_count(&self, company: usize) -> usize {
        match &self.company_counts {
            Some(counts) => counts.get(company).map_or(0, |c| c[1] as usize),
            None => self.events_by_company(company).len(),
        }
    }

    /// Whether this is the companies' slice: companies only, with their counts of models and
    /// events, and no model, event or claim records.
    pub fn is_companies_slice(&self) -> bool {
        self.company_counts.is_some()
    }

    /// Every event, in the dataset's order (decoded on first use).
    pub fn events(&self) -> &[Event] {
        &self.event_table().events
    }

    /// The events that name company `company` (a position in `companies`).
    pub fn events_by_company(&self, company: usize) -> &[usize] {
        self.event_table()
            .by_company
            .get(company)
            .map_or(&[], Vec::as_slice)
    }

    /// The events that name model `model` (a position in `models`).
    pub fn events_by_model(&self, model: usize) -> &[usize] {
        self.event_table()
            .by_model
            .get(model)
            .map_or(&[], Vec::as_slice)
    }

    /// Normalised search text per company, built on first use.
    pub fn company_search(&self) -> &text::SearchKeys {
        self.company_search.get_or_init(|| {
            text::SearchKeys::build(self.companies.iter(), text::company_search_key)
        })
    }

    /// Normalised search text per claim (quote, explanation, verdict, and the names of what it
    /// links to), built on first use.
    pub fn claim_search(&self) -> &text::SearchKeys {
        self.claim_search.get_or_init(|| {
            text::SearchKeys::build(self.claims.iter(), |key, claim| {
                key.parts([
                    claim.quote.as_str(),
                    claim.explanation.as_str(),
                    claim.verdict.label(),
                ]);
                for company in claim.companies.iter().filter_map(|c| self.company(c)) {
                    key.part(&company.name_en);
                    key.parts(company.name_zh.as_deref());
                    key.parts(company.aliases.iter().map(String::as_str));
                }
                for model in claim.models.iter().filter_map(|m| self.model(m)) {
                    key.part(&model.name);
                }
                for event in claim.events.iter().filter_map(|e| self.event(e)) {
                    key.part(&event.title);
                }
                key.glossary();
            })
        })
    }

    /// The claims `state` shows, in article order, and per verdict how many the search leaves
    /// (the verdict filter's counts).
    pub fn query_claims(&self, state: &state::SimpleState) -> (Vec<usize>, Vec<usize>) {
        let terms = text::Terms::new(&state.q);
        let keys = self.claim_search();
        let searched: Vec<usize> = (0..self.claims.len())
            .filter(|&i| terms.is_empty() || terms.matches(&keys[i]))
            .collect();
        let counts = dataset::Verdict::ALL
            .iter()
            .map(|v| {
                searched
                    .iter()
                    .filter(|&&i| self.claims[i].verdict == *v)
                    .count()
            })
            .collect();
        let shown = searched
            .into_iter()
            .filter(|&i| {
                state.verdicts.is_empty() || state.verdicts.contains(&self.claims[i].verdict)
            })
            .collect();
        (shown, counts)
    }

    /// Normalised search text per event, built on first use.
    pub fn event_search(&self) -> &text::SearchKeys {
        self.event_search.get_or_init(|| {
            text::SearchKeys::build(self.events().iter(), |key, event| {
                text::event_search_key(key, event, |id| self.company(id))
            })
        })
    }

    /// The companies' facet columns ([`spec::COMPANY_FACETS`]), built on first use.
    pub fn company_facets(&self) -> &[facets::FacetColumn] {
        self.company_facets.get_or_init(|| {
            facets::build_columns(self, &spec::COMPANY_FACETS, self.companies.len())
        })
    }

    /// The events' facet columns ([`spec::EVENT_FACETS`]), built on first use.
    pub fn event_facets(&self) -> &[facets::FacetColumn] {
        self.event_facets
            .get_or_init(|| facets::build_columns(self, &spec::EVENT_FACETS, self.events().len()))
    }

    /// Loads and validates the dataset compiled into the binary.
    pub fn embedded() -> Result<Dataset, Vec<validate::DataError>> {
        validate::load(&dataset::EMBEDDED_FILES)
    }

    pub fn company(&self, id: &str) -> Option<&Company> {
        self.company_position(id).map(|i| &self.companies[i])
    }
    pub fn company_position(&self, id: &str) -> Option<usize> {
        self.company_index.get(id, |i| &self.companies[i].id)
    }
    pub fn model(&self, id: &str) -> Option<&Model> {
        self.model_position(id).map(|i| &self.models[i])
    }
    pub fn model_position(&self, id: &str) -> Option<usize> {
        self.model_index.get(id, |i| &self.models[i].id)
    }
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.event_position(id).map(|i| &self.events()[i])
    }
    pub fn event_position(&self, id: &str) -> Option<usize> {
        let table = self.event_table();
        table.index.get(id, |i| &table.events[i].id)
    }
    /// The display name of a company id, or the id itself when unknown.
    pub fn company_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.company(id).map_or(id, |c| c.name_en.as_str())
    }

    /// The company's name in the edition's language: its Chinese name in the Chinese edition
    /// when it has one, else the English name.
    pub fn company_name_in<'a>(&'a self, id: &'a str, zh: bool) -> &'a str {
        match self.company(id) {
            Some(c) if zh => c.name_zh.as_deref().unwrap_or(&c.name_en),
            Some(c) => &c.name_en,
            None => id,
        }
    }
}
