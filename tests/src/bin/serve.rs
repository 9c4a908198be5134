//! Serves the built site the way the end-to-end tests see it (dist/ at `/`, dist-atlas/ at
//! `/atlas/`, precompressed sidecars when the client accepts them) and prints its port; used
//! by scripts/quality.sh for Lighthouse. Runs until killed.

fn main() {
    let port = atlas_e2e::server();
    println!("{port}");
    loop {
        std::thread::park();
    }
}
