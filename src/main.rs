//! The bundle for the overview, the article, the entity pages and the not-found page;
//! `src/bin/` has one per list view (see `china_ai_atlas::Bundle`).

fn main() {
    china_ai_atlas::start(&china_ai_atlas::PAGES);
}
