//! What readers type into filter fields, read leniently: dates as people write them and
//! parameter counts with their units. Anything else is refused, so a field is never left
//! looking applied when it is not (the view marks it invalid and says what works).

use crate::date::PartialDate;

/// How the date fields explain what they accept.
pub const DATE_HINT: &str = "Use a year, a month or a day: 2025, 2025-01, Jan 2025, 2025/01, 202501, 2025年1月 or 2025-01-15.";
/// How the benchmark score fields explain what they accept.
pub const SCORE_HINT: &str = "Use a score from 0 to 100: 60, 72.5.";

/// A benchmark score as typed (`72.5`, `72,5`, `72.5%`), if it is one from 0 to 100.
pub fn parse_score(text: &str) -> Option<f64> {
    let text = text.trim().trim_end_matches('%').trim().replace(',', ".");
    let value: f64 = text.parse().ok()?;
    (value.is_finite() && (0.0..=100.0).contains(&value)).then_some(value)
}

/// How the parameter fields explain what they accept.
pub const PARAMS_HINT: &str =
    "Use billions of parameters, with or without a unit: 70, 70B, 0.5T, 1.6T.";

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// A date typed by a reader: `2025`, `2025-01`, `2025-01-15`, `2025/01`, `2025.01`, `202501`,
/// `20250115`, `01/2025`, `Jan 2025`, `January 2025`, `2025年1月`, `2025年1月15日`. `None` when
/// it is none of these or names a month or day that does not exist.
pub fn parse_date(text: &str) -> Option<PartialDate> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    if let Ok(date) = text.parse::<PartialDate>() {
        return Some(date);
    }
    let lower = text.to_lowercase();
    // 2025年1月15日, 2025年1月, 2025年
    if let Some((year, rest)) = lower.split_once('年') {
        let (month, rest) = match rest.split_once('月') {
            Some((m, r)) => (Some(m), r),
            None if rest.is_empty() => (None, ""),
            None => return None,
        };
        let day = match rest.strip_suffix('日').or_else(|| rest.strip_suffix('号')) {
            Some(d) => Some(d),
            None if rest.is_empty() => None,
            None => return None,
        };
        return build(year, month, day);
    }
    // Jan 2025, January 2025, 15 Jan 2025
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    if let Some(position) = words.iter().position(|w| month_of_word(w).is_some()) {
        let month = month_of_word(words[position])?;
        let others: Vec<&str> = words
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != position)
            .map(|(_, w)| *w)
            .collect();
        return match others.as_slice() {
            [year] => build(year, Some(&month.to_string()), None),
            [day, year] | [year, day] if year.len() == 4 => {
                build(year, Some(&month.to_string()), Some(day))
            }
            _ => None,
        };
    }
    // 2025/01, 2025.01, 2025/01/15, 01/2025
    for separator in ['/', '.'] {
        let parts: Vec<&str> = lower.split(separator).collect();
        match parts.as_slice() {
            [year, month] if year.len() == 4 => return build(year, Some(month), None),
            [month, year] if year.len() == 4 && month.len() <= 2 => {
                return build(year, Some(month), None)
            }
            [year, month, day] if year.len() == 4 => return build(year, Some(month), Some(day)),
            _ => {}
        }
    }
    // 202501, 20250115
    if lower.bytes().all(|b| b.is_ascii_digit()) {
        return match lower.len() {
            6 => build(&lower[..4], Some(&lower[4..]), None),
            8 => build(&lower[..4], Some(&lower[4..6]), Some(&lower[6..])),
            _ => None,
        };
    }
    None
}

fn month_of_word(word: &str) -> Option<u8> {
    let word = word.trim_end_matches('.');
    if word.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| word.starts_with(m) && "january february march april may june july august september october november december sept".split(' ').any(|full| full.starts_with(word)))
        .map(|i| i as u8 + 1)
}

/// A canonical `YYYY[-MM[-DD]]` date from loose parts, checked by the strict parser.
fn build(year: &str, month: Option<&str>, day: Option<&str>) -> Option<PartialDate> {
    let number = |part: &str| -> Option<u32> {
        let part = part.trim();
        (!part.is_empty() && part.len() <= 4 && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse().ok())
            .flatten()
    };
    let year = number(year).filter(|y| (1000..=9999).contains(y))?;
    let mut canonical = format!("{year:04}");
    if let Some(month) = month {
        canonical.push_str(&format!("-{:02}", number(month).filter(|m| *m <= 99)?));
        if let Some(day) = day {
            canonical.push_str(&format!("-{:02}", number(day).filter(|d| *d <= 99)?));
        }
    } else if day.is_some() {
        return None;
    }
    canonical.parse().ok()
}

/// A parameter count typed by a reader, in billions: `70`, `70B`, `70 b`, `0.5T`, `1.6t`,
/// `1,000`, `500M` (0.5). `None` for anything else, negative or not finite.
pub fn parse_params(text: &str) -> Option<f64> {
    let text = text.trim().replace([',', '_', ' '], "");
    if text.is_empty() {
        return None;
    }
    let lower = text.to_lowercase();
    let (number, scale) = if let Some(n) = lower.strip_suffix('t') {
        (n, 1000.0)
    } else if let Some(n) = lower.strip_suffix('b') {
        (n, 1.0)
    } else if let Some(n) = lower.strip_suffix('m') {
        (n, 0.001)
    } else {
        (lower.as_str(), 1.0)
    };
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return None;
    }
    let value: f64 = number.parse().ok()?;
    let value = value * scale;
    // Keep typed decimals exact (0.5T is 500, not 500.0000001).
    let value = (value * 1000.0).round() / 1000.0;
    (value.is_finite() && value >= 0.0).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Option<String> {
        parse_date(text).map(|d| d.to_string())
    }

    #[test]
    fn dates_in_the_forms_people_type() {
        for (typed, canonical) in [
            ("2025", "2025"),
            ("2025-01", "2025-01"),
            ("2025-01-15", "2025-01-15"),
            ("2025/01", "2025-01"),
            ("2025.01", "2025-01"),
            ("2025/1", "2025-01"),
            ("202501", "2025-01"),
            ("20250115", "2025-01-15"),
            ("01/2025", "2025-01"),
            ("1/2025", "2025-01"),
            ("Jan 2025", "2025-01"),
            ("jan 2025", "2025-01"),
            ("January 2025", "2025-01"),
            ("Sept 2025", "2025-09"),
            ("15 Jan 2025", "2025-01-15"),
            ("2025年1月", "2025-01"),
            ("2025年1月15日", "2025-01-15"),
            ("2025年", "2025"),
            ("  2025-06 ", "2025-06"),
        ] {
            assert_eq!(date(typed).as_deref(), Some(canonical), "{typed}");
        }
    }

    #[test]
    fn everything_else_is_refused() {
        for typed in [
            "",
            "foo",
            "2025-13",
            "2025-02-30",
            "13/2025",
            "20251",
            "Janvier",
            "Ja 2025",
            "2025年13月",
            "25",
            "2025/01/01/01",
            "Jan",
            "2025 Jan Feb",
        ] {
            assert_eq!(date(typed), None, "{typed}");
        }
    }

    #[test]
    fn parameters_with_units() {
        for (typed, billions) in [
            ("70", 70.0),
            ("70B", 70.0),
            ("70 b", 70.0),
            ("0.5T", 500.0),
            ("1.6T", 1600.0),
            ("1,000", 1000.0),
            ("500M", 0.5),
            ("7.5", 7.5),
        ] {
            assert_eq!(parse_params(typed), Some(billions), "{typed}");
        }
        for typed in ["", "abc", "-5", "1.6TB", "T", "1e3", "NaN"] {
            assert_eq!(parse_params(typed), None, "{typed}");
        }
    }
}
