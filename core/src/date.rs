//! Dates that keep the precision their source gives: a year, a month or a day.
//!
//! `2025-04` is not `2025-04-01`: the dataset never invents a day. Ordering places a coarser
//! date before the finer dates it contains (2025 < 2025-01 < 2025-01-01), which keeps sorting
//! total and stable; range checks treat a coarse date as the span it covers.

use std::fmt;
use std::str::FromStr;

/// How precisely a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DatePrecision {
    Year,
    Month,
    Day,
}

/// A calendar date known to a year, a month or a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    pub year: i32,
    /// 1–12, or 0 when only the year is known.
    pub month: u8,
    /// 1–31, or 0 when the day is not known.
    pub day: u8,
}

const MONTH_ABBREVIATIONS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

impl PartialDate {
    /// Placeholder before a computed date is known (year 0).
    pub fn unknown() -> PartialDate {
        PartialDate {
            year: 0,
            month: 0,
            day: 0,
        }
    }

    pub fn precision(&self) -> DatePrecision {
        if self.month == 0 {
            DatePrecision::Year
        } else if self.day == 0 {
            DatePrecision::Month
        } else {
            DatePrecision::Day
        }
    }

    /// The first day this date can mean, as a comparable number `yyyymmdd`.
    pub fn first_day_key(&self) -> u32 {
        let month = if self.month == 0 { 1 } else { self.month };
        let day = if self.day == 0 { 1 } else { self.day };
        self.year as u32 * 10_000 + month as u32 * 100 + day as u32
    }

    /// The last day this date can mean, as a comparable number `yyyymmdd`.
    pub fn last_day_key(&self) -> u32 {
        let month = if self.month == 0 { 12 } else { self.month };
        let day = if self.day == 0 {
            days_in_month(self.year, month)
        } else {
            self.day
        };
        self.year as u32 * 10_000 + month as u32 * 100 + day as u32
    }

    /// Human display at the date's own precision: `26 Dec 2024`, `Apr 2025`, `2023`.
    pub fn display(&self) -> String {
        match self.precision() {
            DatePrecision::Year => format!("{}", self.year),
            DatePrecision::Month => {
                format!(
                    "{} {}",
                    MONTH_ABBREVIATIONS[self.month as usize - 1],
                    self.year
                )
            }
            DatePrecision::Day => format!(
                "{} {} {}",
                self.day,
                MONTH_ABBREVIATIONS[self.month as usize - 1],
                self.year
            ),
        }
    }

    /// The month this date falls in, if known, as `(year, month)`.
    pub fn year_month(&self) -> Option<(i32, u8)> {
        (self.month != 0).then_some((self.year, self.month))
    }

    /// Name of a month (1–12) for headings.
    pub fn month_name(month: u8) -> &'static str {
        const NAMES: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        NAMES[(month.clamp(1, 12) - 1) as usize]
    }
}

fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in a month of a year (month 1–12).
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Why a date string did not parse.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateError(pub String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FromStr for PartialDate {
    type Err = DateError;

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking that the month and day exist.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let bad = || {
            DateError(format!(
                "'{text}' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"
            ))
        };
        let parts: Vec<&str> = text.split('-').collect();
        if parts.is_empty() || parts.len() > 3 {
            return Err(bad());
        }
        let number = |part: &str, width: usize| -> Result<u32, DateError> {
            if part.len() != width || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            part.parse::<u32>().map_err(|_| bad())
        };
        let year = number(parts[0], 4)? as i32;
        let month = match parts.get(1) {
            Some(part) => number(part, 2)? as u8,
            None => 0,
        };
        let day = match parts.get(2) {
            Some(part) => number(part, 2)? as u8,
            None => 0,
        };
        if parts.len() >= 2 && !(1..=12).contains(&month) {
            return Err(DateError(format!("'{text}' has no month {month}")));
        }
        if parts.len() == 3 && (day == 0 || day > days_in_month(year, month)) {
            return Err(DateError(format!(
                "'{text}' has no day {day} in that month"
            )));
        }
        Ok(PartialDate { year, month, day })
    }
}

impl fmt::Display for PartialDate {
    /// The ISO form at the date's own precision (`2025`, `2025-04`, `2025-04-29`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.precision() {
            DatePrecision::Year => write!(f, "{:04}", self.year),
            DatePrecision::Month => write!(f, "{:04}-{:02}", self.year, self.month),
            DatePrecision::Day => write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day),
        }
    }
}

/// In JSON (`data/*.json`) a date is its ISO text; in the binary the app ships (postcard, not
/// human-readable) it is three numbers, so start-up parses no date text.
impl serde::Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if serializer.is_human_readable() {
            serializer.collect_str(self)
        } else {
            (self.year, self.month, self.day).serialize(serializer)
        }
    }
}

impl<'de> serde::Deserialize<'de> for PartialDate {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if deserializer.is_human_readable() {
            let text = String::deserialize(deserializer)?;
            return text.parse().map_err(serde::de::Error::custom);
        }
        let (year, month, day) = <(i32, u8, u8)>::deserialize(deserializer)?;
        // The same rules as the text form: a month exists, a day exists in its month.
        let valid = (0..=9999).contains(&year)
            && month <= 12
            && (day == 0 || (month > 0 && day <= days_in_month(year, month)));
        if valid {
            Ok(PartialDate { year, month, day })
        } else {
            Err(serde::de::Error::custom("not a date"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> PartialDate {
        text.parse().unwrap()
    }

    #[test]
    fn the_binary_form_round_trips_and_rejects_impossible_dates() {
        for text in ["2023", "2025-04", "2024-02-29"] {
            let bytes = postcard::to_allocvec(&date(text)).unwrap();
            assert_eq!(
                postcard::from_bytes::<PartialDate>(&bytes).unwrap(),
                date(text)
            );
        }
        for (year, month, day) in [(2025, 13, 0), (2025, 2, 29), (2025, 0, 5), (-1, 1, 1)] {
            let bytes = postcard::to_allocvec(&(year, month, day)).unwrap();
            assert!(
                postcard::from_bytes::<PartialDate>(&bytes).is_err(),
                "{year}-{month}-{day}"
            );
        }
    }

    #[test]
    fn parses_each_precision_and_keeps_it() {
        assert_eq!(date("2023").precision(), DatePrecision::Year);
        assert_eq!(date("2025-04").precision(), DatePrecision::Month);
        assert_eq!(date("2024-12-26").precision(), DatePrecision::Day);
        assert_eq!(date("2025-04").to_string(), "2025-04");
    }

    #[test]
    fn rejects_impossible_dates() {
        for bad in [
            "2025-13",
            "2025-02-29",
            "2024-02-30",
            "25-01",
            "2025-1",
            "2025-01-01-01",
            "",
            "abcd",
        ] {
            assert!(
                bad.parse::<PartialDate>().is_err(),
                "{bad} should not parse"
            );
        }
        assert!("2024-02-29".parse::<PartialDate>().is_ok());
    }

    #[test]
    fn displays_at_its_precision() {
        assert_eq!(date("2025-04").display(), "Apr 2025");
        assert_eq!(date("2024-12-26").display(), "26 Dec 2024");
        assert_eq!(date("2023").display(), "2023");
    }

    #[test]
    fn month_dates_sort_before_days_of_that_month_and_after_earlier_months() {
        let mut dates = [
            date("2025-04-29"),
            date("2025-04"),
            date("2025-03-31"),
            date("2025"),
        ];
        dates.sort();
        let shown: Vec<String> = dates.iter().map(|d| d.to_string()).collect();
        assert_eq!(shown, ["2025", "2025-03-31", "2025-04", "2025-04-29"]);
    }

    #[test]
    fn span_keys_cover_the_whole_month() {
        assert_eq!(date("2024-02").first_day_key(), 20240201);
        assert_eq!(date("2024-02").last_day_key(), 20240229);
        assert_eq!(date("2025").last_day_key(), 20251231);
    }
}
