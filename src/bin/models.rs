//! The bundle for `/models` (see `china_ai_atlas::Bundle`).

fn main() {
    china_ai_atlas::start(&china_ai_atlas::MODELS);
}
