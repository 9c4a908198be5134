//! The facets of each view, declared once. **To add a facet, add one entry here**: the URL
//! codec (`state.rs`), filtering and counting (`facets.rs`), the facet panel, the filter chips
//! and "clear all" (the app's `widgets.rs`) are all derived from these tables. Add its heading
//! to the interface strings (`src/i18n.rs`) and, for a fixed set, its labels' translations.
//!
//! The order of a table is the order of the keys in a canonical URL, so append new facets
//! at the end of a table: existing links then keep their canonical form.

use crate::dataset::{
    Architecture, CompanyCategory, EventCategory, LicenseFamily, ListingStatus, Modality, Topic,
};
use crate::facets::{fixed, FacetSpec, FixedSet, Values};
use crate::Dataset;

/// The dataset's enums are the fixed sets facets list.
macro_rules! fixed_sets {
    ($($set:ty),*) => {
        $(impl FixedSet for $set {
            const ALL: &'static [Self] = &<$set>::ALL;
            fn token(self) -> &'static str {
                self.as_str()
            }
            fn english(self) -> &'static str {
                self.label()
            }
        })*
    };
}

fixed_sets!(
    CompanyCategory,
    ListingStatus,
    LicenseFamily,
    Architecture,
    Modality,
    EventCategory,
    Topic
);

fn yes_no(value: bool) -> &'static str {
    if value {
        "1"
    } else {
        "0"
    }
}

fn same<'a>(_: &'a Dataset, value: &'a str) -> &'a str {
    value
}

fn company_name<'a>(dataset: &'a Dataset, id: &'a str) -> &'a str {
    dataset.company_name(id)
}

fn is_company(dataset: &Dataset, id: &str) -> bool {
    dataset.company(id).is_some()
}

/// `/companies`.
pub static COMPANY_FACETS: [FacetSpec; 5] = [
    FacetSpec {
        key: "cat",
        title: "category",
        noun: "category",
        values: Values::Fixed {
            all: fixed::<CompanyCategory>,
            i18n: "cat",
        },
        read: |d, i, sink| sink(d.companies[i].category.as_str()),
    },
    FacetSpec {
        key: "city",
        title: "city",
        noun: "city",
        values: Values::Data {
            valid: |d, city| d.companies.iter().any(|c| c.city.as_deref() == Some(city)),
            label: same,
        },
        read: |d, i, sink| {
            if let Some(city) = &d.companies[i].city {
                sink(city)
            }
        },
    },
    FacetSpec {
        key: "listed",
        title: "listing",
        noun: "listing status",
        values: Values::Fixed {
            all: fixed::<ListingStatus>,
            i18n: "listed",
        },
        read: |d, i, sink| sink(d.companies[i].listing.status.as_str()),
    },
    FacetSpec {
        key: "open",
        title: "open-weight-publisher",
        noun: "open-weight publisher",
        values: Values::Flag,
        read: |d, i, sink| sink(yes_no(d.companies[i].open_weight_publisher)),
    },
    FacetSpec {
        key: "seed",
        title: "in-article",
        noun: "named in the article",
        values: Values::Flag,
        read: |d, i, sink| sink(yes_no(d.companies[i].in_article)),
    },
];

/// `/models`.
pub static MODEL_FACETS: [FacetSpec; 7] = [
    FacetSpec {
        key: "org",
        title: "organisation",
        noun: "organisation",
        values: Values::Data {
            valid: is_company,
            label: company_name,
        },
        read: |d, i, sink| sink(&d.models[i].company),
    },
    FacetSpec {
        key: "country",
        title: "country",
        noun: "country",
        values: Values::Data {
            valid: |d, country| d.models.iter().any(|m| m.country == country),
            label: same,
        },
        read: |d, i, sink| sink(&d.models[i].country),
    },
    FacetSpec {
        key: "lic",
        title: "licence-family",
        noun: "licence family",
        values: Values::Fixed {
            all: fixed::<LicenseFamily>,
            i18n: "lic",
        },
        read: |d, i, sink| {
            if let Some(family) = d.models[i].license_family {
                sink(family.as_str())
            }
        },
    },
    FacetSpec {
        key: "open",
        title: "open-weights",
        noun: "open weights",
        values: Values::Flag,
        read: |d, i, sink| sink(yes_no(d.models[i].open_weights)),
    },
    FacetSpec {
        key: "arch",
        title: "architecture",
        noun: "architecture",
        values: Values::Fixed {
            all: fixed::<Architecture>,
            i18n: "arch",
        },
        read: |d, i, sink| {
            if let Some(architecture) = d.models[i].architecture {
                sink(architecture.as_str())
            }
        },
    },
    FacetSpec {
        key: "mod",
        title: "modality",
        noun: "modality",
        values: Values::Fixed {
            all: fixed::<Modality>,
            i18n: "mod",
        },
        read: |d, i, sink| sink(d.models[i].modality.as_str()),
    },
    FacetSpec {
        key: "reason",
        title: "reasoning",
        noun: "reasoning",
        values: Values::Flag,
        read: |d, i, sink| {
            if let Some(reasoning) = d.models[i].reasoning {
                sink(yes_no(reasoning))
            }
        },
    },
];

/// `/timeline`.
pub static EVENT_FACETS: [FacetSpec; 4] = [
    FacetSpec {
        key: "cat",
        title: "category",
        noun: "category",
        values: Values::Fixed {
            all: fixed::<EventCategory>,
            i18n: "event",
        },
        read: |d, i, sink| sink(d.events()[i].category.as_str()),
    },
    FacetSpec {
        key: "co",
        title: "companies",
        noun: "company",
        values: Values::Data {
            valid: is_company,
            label: company_name,
        },
        read: |d, i, sink| {
            for company in &d.events()[i].companies {
                sink(company)
            }
        },
    },
    FacetSpec {
        key: "seed",
        title: "in-article",
        noun: "named in the article",
        values: Values::Flag,
        read: |d, i, sink| sink(yes_no(d.events()[i].in_article)),
    },
    FacetSpec {
        key: "topic",
        title: "topic",
        noun: "topic",
        values: Values::Fixed {
            all: fixed::<Topic>,
            i18n: "topic",
        },
        read: |d, i, sink| {
            for topic in &d.events()[i].topics {
                sink(topic.as_str())
            }
        },
    },
];

/// The timeline's panel lists topics under categories and the long company facet last (the
/// URL order stays the table's).
pub const EVENT_PANEL_ORDER: [usize; 4] = [0, 3, 2, 1];
