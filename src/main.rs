//! Mounts the app; everything else lives in the library so tests can import it.

fn main() {
    china_ai_atlas::start();
}
