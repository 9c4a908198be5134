//! Readable numbers for the UI: `671B`, `37B active`, `128K`, `1M`.

/// Billions of parameters: `671B`, `46.7B`, `1T` for a thousand billion and up.
pub fn params(billions: f64) -> String {
    if billions >= 1000.0 {
        format!("{}T", trim(billions / 1000.0))
    } else if billions < 1.0 {
        format!("{}M", trim(billions * 1000.0))
    } else {
        format!("{}B", trim(billions))
    }
}

/// Context length in tokens: `128K` for 128,000, also `128K` for 131,072 (binary K), `1M`.
pub fn context(tokens: u64) -> String {
    let (unit, suffix) = if tokens >= 1_000_000 {
        (1_000_000, "M")
    } else {
        (1000, "K")
    };
    if tokens < 1000 {
        tokens.to_string()
    } else if tokens.is_multiple_of(unit) {
        format!("{}{suffix}", tokens / unit)
    } else if tokens.is_multiple_of(1024) && tokens < 1_048_576 * 2 && tokens / 1024 < 1000 {
        format!("{}K", tokens / 1024)
    } else if tokens.is_multiple_of(1_048_576) {
        format!("{}M", tokens / 1_048_576)
    } else {
        format!("{}{suffix}", trim(tokens as f64 / unit as f64))
    }
}

/// The outlet a source link goes to, as readers recognise it: the host without `www.`
/// (`https://www.reuters.com/…` → `reuters.com`).
pub fn outlet(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next().unwrap_or(host);
    host.strip_prefix("www.").unwrap_or(host)
}

/// An exact count with thousands separators: `131,072`.
pub fn thousands(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// One decimal at most, none when it is zero: `46.7`, `671`.
fn trim(value: f64) -> String {
    // Values with at most one decimal (nearly all) are written without float formatting, which
    // is slow in wasm and runs for every model when the search index is built.
    let tenths = (value * 10.0).round();
    if (value * 10.0 - tenths).abs() < 1e-9 && tenths.abs() < 1e15 {
        let tenths = tenths as i64;
        let (whole, decimal) = (tenths / 10, (tenths % 10).abs());
        return if decimal == 0 {
            whole.to_string()
        } else {
            format!("{whole}.{decimal}")
        };
    }
    let text = format!("{:.1}", value);
    text.strip_suffix(".0").map(str::to_string).unwrap_or(text)
}

/// What a source backs, as the reader sees the field named on the page (not its data id).
pub fn field_label(field: &str) -> &'static str {
    match field {
        "released" => "Released",
        "open_weights" => "Open weights",
        "total_params_b" => "Total parameters",
        "active_params_b" => "Active parameters",
        "modality" => "Modality",
        "reasoning" => "Reasoning",
        "license" => "Licence",
        "context_tokens" => "Context length",
        "architecture" => "Architecture",
        "benchmarks" => "Benchmarks",
        "training_compute" => "Training compute",
        "notes" => "Notes",
        "date" => "Date",
        "summary" => "Summary",
        "companies" => "Companies",
        "models" => "Models",
        "products" => "Products",
        "flagship" => "Flagship models",
        "founders" => "Founders",
        "founded" => "Founded",
        "listing" => "Listing",
        "description" => "Description",
        "city" => "City",
        "name_zh" => "Chinese name",
        "name_en" => "Name",
        "key_figures" => "Key figures",
        "open_weight_publisher" => "Publishes open weights",
        "website" => "Website",
        _ => "Other fields",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_a_source_backs_has_a_label() {
        let data = crate::Dataset::embedded().expect("valid");
        let sources = data
            .companies
            .iter()
            .flat_map(|c| &c.sources)
            .chain(data.models.iter().flat_map(|m| &m.sources))
            .chain(data.events().iter().flat_map(|e| &e.sources));
        for field in sources.flat_map(|s| s.supports.iter().flatten()) {
            assert_ne!(field_label(field), "Other fields", "{field} has no label");
        }
    }

    #[test]
    fn the_fast_path_writes_what_float_formatting_writes() {
        for tenths in 0..200_000 {
            let value = tenths as f64 / 10.0;
            let slow = format!("{:.1}", value);
            let slow = slow.strip_suffix(".0").map(str::to_string).unwrap_or(slow);
            assert_eq!(trim(value), slow, "{value}");
        }
        for value in [0.25, 1.05, 2.675, 1e-7, 123.456] {
            let slow = format!("{:.1}", value);
            let slow = slow.strip_suffix(".0").map(str::to_string).unwrap_or(slow);
            assert_eq!(trim(value), slow, "{value}");
        }
    }

    #[test]
    fn outlets_are_hosts_without_www() {
        assert_eq!(
            outlet("https://www.reuters.com/technology/x?a=1"),
            "reuters.com"
        );
        assert_eq!(
            outlet("https://huggingface.co/deepseek-ai/DeepSeek-V3"),
            "huggingface.co"
        );
        assert_eq!(
            outlet("https://api-docs.deepseek.com:443/news#x"),
            "api-docs.deepseek.com"
        );
        assert_eq!(outlet("https://github.com"), "github.com");
    }

    #[test]
    fn parameters_read_naturally() {
        assert_eq!(params(671.0), "671B");
        assert_eq!(params(46.7), "46.7B");
        assert_eq!(params(1000.0), "1T");
        assert_eq!(params(1600.0), "1.6T");
        assert_eq!(params(0.6), "600M");
    }

    #[test]
    fn context_lengths_read_naturally() {
        assert_eq!(context(128_000), "128K");
        assert_eq!(context(131_072), "128K");
        assert_eq!(context(262_144), "256K");
        assert_eq!(context(4096), "4K");
        assert_eq!(context(1_000_000), "1M");
        assert_eq!(context(10_000_000), "10M");
        assert_eq!(context(32_768), "32K");
    }

    #[test]
    fn thousands_separators() {
        assert_eq!(thousands(131_072), "131,072");
        assert_eq!(thousands(999), "999");
    }
}
