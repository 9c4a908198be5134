//! China AI Atlas core: the dataset, its validation, and everything a view computes from it.
//!
//! Nothing here knows about the browser. The Leptos app in the workspace root calls into this
//! crate; native tests exercise it in seconds.

pub mod companies;
pub mod dataset;
pub mod date;
pub mod export;
pub mod facets;
pub mod format;
pub mod input;
pub mod models;
pub mod query;
pub mod spec;
pub mod state;
pub mod synthetic;
pub mod text;
pub mod timeline;
pub mod validate;
pub mod wire;

use std::collections::HashMap;
use std::sync::OnceLock;

use dataset::{Claim, Company, DatasetHeader, Event, Model};

/// The validated dataset plus the indexes every view needs, built once at start-up.
#[derive(Debug)]
pub struct Dataset {
    pub header: DatasetHeader,
    pub companies: Vec<Company>,
    pub models: Vec<Model>,
    pub events: Vec<Event>,
    pub claims: Vec<Claim>,
    company_index: HashMap<String, usize>,
    model_index: HashMap<String, usize>,
    event_index: HashMap<String, usize>,
    /// Normalised search text per model (same order as the records). The companies' and
    /// events' are built on first use (see [`Dataset::company_search`]): start-up only builds
    /// what the largest table needs.
    pub model_search: Vec<String>,
    company_search: OnceLock<Vec<String>>,
    event_search: OnceLock<Vec<String>>,
    /// Models and events per company index.
    pub models_by_company: Vec<Vec<usize>>,
    pub events_by_company: Vec<Vec<usize>>,
    /// Events per model index.
    pub events_by_model: Vec<Vec<usize>>,
    /// Lower-cased names for sorting, built once (per model, and per model its company's).
    pub model_sort_name: Vec<String>,
    pub model_sort_company: Vec<String>,
    pub model_sort_license: Vec<String>,
    /// Per models-table column (and a last slot for the name tie-break): every model's sort
    /// rank, built on first use (`models::sort_models`).
    pub(crate) model_ranks: Vec<OnceLock<Vec<u32>>>,
    /// Facet values interned per view table (`spec.rs`), in table order; the companies' and
    /// events' on first use.
    pub model_facets: Vec<facets::FacetColumn>,
    company_facets: OnceLock<Vec<facets::FacetColumn>>,
    event_facets: OnceLock<Vec<facets::FacetColumn>>,
}

impl Dataset {
    fn new(
        header: DatasetHeader,
        companies: Vec<Company>,
        models: Vec<Model>,
        events: Vec<Event>,
        claims: Vec<Claim>,
    ) -> Dataset {
        let index = |ids: Vec<&String>| -> HashMap<String, usize> {
            ids.into_iter()
                .enumerate()
                .map(|(i, id)| (id.clone(), i))
                .collect()
        };
        let company_index = index(companies.iter().map(|c| &c.id).collect());
        let model_index = index(models.iter().map(|m| &m.id).collect());
        let event_index = index(events.iter().map(|e| &e.id).collect());

        let mut models_by_company = vec![Vec::new(); companies.len()];
        for (i, model) in models.iter().enumerate() {
            if let Some(&c) = company_index.get(&model.company) {
                models_by_company[c].push(i);
            }
        }
        let mut events_by_company = vec![Vec::new(); companies.len()];
        let mut events_by_model = vec![Vec::new(); models.len()];
        for (i, event) in events.iter().enumerate() {
            for company in &event.companies {
                if let Some(&c) = company_index.get(company) {
                    events_by_company[c].push(i);
                }
            }
            for model in &event.models {
                if let Some(&m) = model_index.get(model) {
                    events_by_model[m].push(i);
                }
            }
        }
        let model_search = models
            .iter()
            .map(|m| {
                let company = company_index.get(&m.company).map(|&c| &companies[c]);
                text::model_search_key(m, company)
            })
            .collect();
        let model_sort_name = models.iter().map(|m| m.name.to_lowercase()).collect();
        let model_sort_company = models
            .iter()
            .map(|m| {
                company_index.get(&m.company).map_or_else(
                    || m.company.to_lowercase(),
                    |&c| companies[c].name_en.to_lowercase(),
                )
            })
            .collect();
        let model_sort_license = models
            .iter()
            .map(|m| m.license.as_deref().unwrap_or_default().to_lowercase())
            .collect();
        let mut dataset = Dataset {
            header,
            companies,
            models,
            events,
            claims,
            company_index,
            model_index,
            event_index,
            model_search,
            company_search: OnceLock::new(),
            event_search: OnceLock::new(),
            models_by_company,
            events_by_company,
            events_by_model,
            model_sort_name,
            model_sort_company,
            model_sort_license,
            model_ranks: (0..=state::ModelColumn::ALL.len())
                .map(|_| OnceLock::new())
                .collect(),
            model_facets: Vec::new(),
            company_facets: OnceLock::new(),
            event_facets: OnceLock::new(),
        };
        dataset.model_facets =
            facets::build_columns(&dataset, &spec::MODEL_FACETS, dataset.models.len());
        dataset
    }

    /// Normalised search text per company, built on first use.
    pub fn company_search(&self) -> &[String] {
        self.company_search.get_or_init(|| {
            self.companies
                .iter()
                .map(text::company_search_key)
                .collect()
        })
    }

    /// Normalised search text per event, built on first use.
    pub fn event_search(&self) -> &[String] {
        self.event_search
            .get_or_init(|| self.events.iter().map(text::event_search_key).collect())
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
            .get_or_init(|| facets::build_columns(self, &spec::EVENT_FACETS, self.events.len()))
    }

    /// Loads and validates the dataset compiled into the binary.
    pub fn embedded() -> Result<Dataset, Vec<validate::DataError>> {
        validate::load(&dataset::EMBEDDED_FILES)
    }

    pub fn company(&self, id: &str) -> Option<&Company> {
        self.company_index.get(id).map(|&i| &self.companies[i])
    }
    pub fn company_position(&self, id: &str) -> Option<usize> {
        self.company_index.get(id).copied()
    }
    pub fn model(&self, id: &str) -> Option<&Model> {
        self.model_index.get(id).map(|&i| &self.models[i])
    }
    pub fn model_position(&self, id: &str) -> Option<usize> {
        self.model_index.get(id).copied()
    }
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.event_index.get(id).map(|&i| &self.events[i])
    }
    pub fn event_position(&self, id: &str) -> Option<usize> {
        self.event_index.get(id).copied()
    }
    /// The display name of a company id, or the id itself when unknown.
    pub fn company_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.company(id).map_or(id, |c| c.name_en.as_str())
    }
}
