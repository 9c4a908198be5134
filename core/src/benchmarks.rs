//! The benchmarks the dataset records under one canonical name each, and the ones the models
//! table can show as columns. A score's `name` must be written exactly as listed here when it
//! is one of these benchmarks (validation rejects "GPQA-Diamond" for "GPQA Diamond"), so that a
//! column never misses a score because of spelling.

/// One benchmark: its URL key (a column key of the models table), its canonical name, and
/// whether it is a column of the models table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BenchmarkSpec {
    pub key: &'static str,
    pub name: &'static str,
    pub column: bool,
}

/// Benchmarks with a canonical name. Columns are the ones many labs report.
pub const BENCHMARKS: [BenchmarkSpec; 9] = [
    BenchmarkSpec {
        key: "gpqa-diamond",
        name: "GPQA Diamond",
        column: true,
    },
    BenchmarkSpec {
        key: "mmlu-pro",
        name: "MMLU-Pro",
        column: true,
    },
    BenchmarkSpec {
        key: "swe-bench-verified",
        name: "SWE-bench Verified",
        column: true,
    },
    BenchmarkSpec {
        key: "aime-2025",
        name: "AIME 2025",
        column: true,
    },
    BenchmarkSpec {
        key: "aime-2024",
        name: "AIME 2024",
        column: true,
    },
    BenchmarkSpec {
        key: "livecodebench",
        name: "LiveCodeBench",
        column: true,
    },
    BenchmarkSpec {
        key: "mmlu",
        name: "MMLU",
        column: true,
    },
    // Not the Diamond subset (or the source does not say which set): never mixed with it.
    BenchmarkSpec {
        key: "gpqa",
        name: "GPQA",
        column: false,
    },
    BenchmarkSpec {
        key: "hle",
        name: "Humanity's Last Exam",
        column: false,
    },
];

/// Why a score is not comparable with the usual single attempt without tools, which is how
/// most scores in a column are measured. A column prefers a model's comparable scores and
/// marks a value that has a caveat, so that settings are never mixed silently.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Caveat {
    /// Tools (code interpreter, search) helped; not for SWE-bench, which is agentic by design.
    WithTools,
    /// Several attempts with the best one kept (best-of-n, pass@k with k > 1, majority vote,
    /// parallel test-time compute).
    SeveralAttempts,
}

impl Caveat {
    /// The caveat in exports (a CSV cell).
    pub fn key(self) -> &'static str {
        match self {
            Caveat::WithTools => "with-tools",
            Caveat::SeveralAttempts => "several-attempts",
        }
    }

    pub fn note(self) -> &'static str {
        match self {
            Caveat::WithTools => "Measured differently: with tools.",
            Caveat::SeveralAttempts => "Measured differently: several attempts, the best one kept.",
        }
    }
}

/// The caveat of a score on `benchmark` measured as `setting` says, if any.
pub fn caveat(benchmark: &str, setting: &str) -> Option<Caveat> {
    let text = setting.to_lowercase();
    let has = |phrase: &str| text.contains(phrase);
    let several = has("multiple attempts")
        || has("best of")
        || has("parallel test-time")
        || has("maj@")
        || has("cons@")
        || text.match_indices("pass@").any(|(at, found)| {
            let digits: String = text[at + found.len()..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            digits.parse::<u32>().is_ok_and(|k| k > 1)
        });
    if several {
        return Some(Caveat::SeveralAttempts);
    }
    let tools = (has("w/ tool") || has("w/tool") || has("with tools") || has("tool-integrated"))
        && !(has("w/o tool") || has("without tool") || has("no tools"));
    (tools && benchmark != "SWE-bench Verified").then_some(Caveat::WithTools)
}

/// The benchmark a score's name is written as, if it is a known one.
pub fn by_name(name: &str) -> Option<&'static BenchmarkSpec> {
    BENCHMARKS.iter().find(|b| b.name == name)
}

/// The canonical spelling of `name` when it is a known benchmark written differently
/// ("GPQA-Diamond", "SWE-Bench Verified"); `None` when it is canonical or unknown.
pub fn respelling(name: &str) -> Option<&'static str> {
    let folded = fold(name);
    BENCHMARKS
        .iter()
        .find(|b| b.name != name && fold(b.name) == folded)
        .map(|b| b.name)
}

fn fold(name: &str) -> String {
    name.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_are_folded_to_the_canonical_name() {
        assert_eq!(respelling("GPQA-Diamond"), Some("GPQA Diamond"));
        assert_eq!(respelling("GPQA-diamond"), Some("GPQA Diamond"));
        assert_eq!(respelling("SWE-Bench Verified"), Some("SWE-bench Verified"));
        assert_eq!(respelling("GPQA Diamond"), None);
        assert_eq!(respelling("Terminal-Bench 2.0"), None);
        assert_eq!(by_name("MMLU-Pro").map(|b| b.key), Some("mmlu-pro"));
    }

    #[test]
    fn settings_with_tools_or_several_attempts_have_a_caveat() {
        use Caveat::*;
        let cases = [
            (
                "AIME 2025",
                "w/ Tools (tool-integrated reasoning); 128K context length",
                Some(WithTools),
            ),
            (
                "Humanity's Last Exam",
                "text-only; w/ tools",
                Some(WithTools),
            ),
            ("AIME 2025", "without tools; 128K context length", None),
            ("GPQA Diamond", "reasoning mode w/o tool use", None),
            ("AIME 2025", "no tools; avg@32", None),
            // SWE-bench is agentic by design: tools are the usual setting there.
            ("SWE-bench Verified", "w/ tools; avg of 5 runs", None),
            (
                "SWE-bench Verified",
                "Agentic Coding, Multiple Attempts (Acc); parallel test-time compute",
                Some(SeveralAttempts),
            ),
            ("AIME 2024", "pass@64", Some(SeveralAttempts)),
            ("AIME 2024", "cons@64", Some(SeveralAttempts)),
            (
                "GPQA Diamond",
                "Pass@1; 64 responses per query to estimate pass@1",
                None,
            ),
            ("GPQA Diamond", "pass@1", None),
            ("LiveCodeBench", "Pass@1-COT; window not stated", None),
        ];
        for (benchmark, setting, expected) in cases {
            assert_eq!(
                caveat(benchmark, setting),
                expected,
                "{benchmark}: {setting}"
            );
        }
    }

    #[test]
    fn the_score_columns_are_the_first_benchmarks() {
        use crate::state::ModelColumn;
        let scores: Vec<usize> = ModelColumn::ALL
            .iter()
            .filter_map(|c| match c {
                ModelColumn::Score(i) => Some(*i as usize),
                _ => None,
            })
            .collect();
        let columns: Vec<usize> = (0..BENCHMARKS.len())
            .filter(|&i| BENCHMARKS[i].column)
            .collect();
        assert_eq!(scores, columns);
        for c in ModelColumn::ALL {
            assert_eq!(ModelColumn::parse(c.as_str()), Some(c), "{c:?}");
        }
    }

    #[test]
    fn keys_and_names_are_unique() {
        for (i, a) in BENCHMARKS.iter().enumerate() {
            for b in &BENCHMARKS[i + 1..] {
                assert_ne!(a.key, b.key);
                assert_ne!(fold(a.name), fold(b.name));
            }
        }
    }
}
