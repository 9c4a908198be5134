//! The URL query codec's two ends: raw query text ⇄ `(key, value)` pairs.
//!
//! Decoding never fails: malformed escapes, repeated keys and oversized input become warnings
//! and are dropped. Encoding is canonical: the caller fixes the key order, spaces are `%20`,
//! and list items are joined with a literal `~` (a `~` inside an item is escaped as `%7E`).

use std::fmt;

/// Something in the URL that was ignored or reset, told to the reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub key: String,
    /// What went wrong, for the shell to word in the reader's language.
    pub code: Code,
    /// The offending text (shortened), or the number the message quotes.
    pub arg: String,
    /// The English wording (tests, logs and the English edition).
    pub message: String,
}

/// The kinds of problem a URL can have. The core words them in English (`Warning::message`);
/// the app words them in Chinese from the code, the key and `arg`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Code {
    /// The query was longer than `arg` KB; only its start was read.
    QueryTooLong,
    /// A parameter name (`arg`) could not be decoded.
    BadName,
    /// A value was longer than the codec keeps.
    ValueTooLong,
    /// A value (`arg`) had a malformed escape.
    Malformed,
    /// A key was given more than once.
    Repeated,
    /// A list item (`arg`) is not a known value of the key.
    UnknownItem,
    /// A flag value (`arg`) is not 1 or 0.
    BadFlag,
    /// The key itself is unknown.
    UnknownParam,
    UnknownLang,
    BadNumberRange,
    BadDateRange,
    UnknownSort,
    UnknownColumn,
    UnknownModel,
    TooManyPicked,
    UnknownView,
    UnknownOrder,
    UnknownEvent,
}

impl Warning {
    pub fn new(key: &str, code: Code, arg: &str, message: impl Into<String>) -> Warning {
        Warning {
            key: shorten(key, 40),
            code,
            arg: shorten(arg, 40),
            message: message.into(),
        }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// Longest query text we read; the rest is ignored with a warning (a 100 KB query must not
/// freeze the page).
pub const MAX_QUERY_BYTES: usize = 8 * 1024;
/// Longest single value kept.
pub const MAX_VALUE_CHARS: usize = 300;
/// Most list items kept per key.
pub const MAX_LIST_ITEMS: usize = 50;

/// Cuts text to at most `max` characters for display in a warning.
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let mut cut: String = text.chars().take(max).collect();
        cut.push('…');
        cut
    }
}

/// Splits a query string (with or without the leading `?`) into decoded pairs.
pub fn parse_query(raw: &str) -> (Vec<(String, String)>, Vec<Warning>) {
    let mut warnings = Vec::new();
    let mut raw = raw.strip_prefix('?').unwrap_or(raw);
    if raw.len() > MAX_QUERY_BYTES {
        let mut end = MAX_QUERY_BYTES;
        while !raw.is_char_boundary(end) {
            end -= 1;
        }
        raw = &raw[..end];
        warnings.push(Warning::new(
            "",
            Code::QueryTooLong,
            &(MAX_QUERY_BYTES / 1024).to_string(),
            format!(
                "The link's query was longer than {} KB; only its start was read.",
                MAX_QUERY_BYTES / 1024
            ),
        ));
    }
    let mut pairs = Vec::new();
    for part in raw.split('&').filter(|p| !p.is_empty()) {
        let (raw_key, raw_value) = part.split_once('=').unwrap_or((part, ""));
        let key = match percent_decode(raw_key) {
            Some(key) => key,
            None => {
                warnings.push(Warning::new(
                    raw_key,
                    Code::BadName,
                    raw_key,
                    format!(
                        "A parameter name '{}' could not be read and was ignored.",
                        shorten(raw_key, 40)
                    ),
                ));
                continue;
            }
        };
        match percent_decode(raw_value) {
            Some(value) if value.chars().count() > MAX_VALUE_CHARS => {
                warnings.push(Warning::new(
                    &key,
                    Code::ValueTooLong,
                    "",
                    format!("'{}' was too long and was ignored.", shorten(&key, 40)),
                ));
            }
            Some(value) => pairs.push((key, value)),
            None => warnings.push(Warning::new(
                &key,
                Code::Malformed,
                raw_value,
                format!(
                    "'{}' had a malformed value ('{}') and was ignored.",
                    shorten(&key, 40),
                    shorten(raw_value, 40)
                ),
            )),
        }
    }
    (pairs, warnings)
}

/// Decodes `%XX` escapes and `+` (as a space). `None` when an escape is malformed or the
/// bytes are not UTF-8.
pub fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3)?;
                let high = (hex[0] as char).to_digit(16)?;
                let low = (hex[1] as char).to_digit(16)?;
                out.push((high * 16 + low) as u8);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            byte => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// Escapes everything but unreserved characters (`A-Z a-z 0-9 - . _`); a space becomes `%20`
/// and `~` becomes `%7E`, so a literal `~` can only mean "next list item".
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' => out.push(byte as char),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// Joins pairs into a canonical query string without the leading `?`. Values are already
/// encoded by [`QueryWriter`].
pub struct QueryWriter {
    parts: Vec<String>,
}

impl Default for QueryWriter {
    fn default() -> Self {
        Self::new()
    }
}

impl QueryWriter {
    pub fn new() -> QueryWriter {
        QueryWriter { parts: Vec::new() }
    }

    /// Adds `key=value` unless the value is empty.
    pub fn text(&mut self, key: &str, value: &str) {
        if !value.is_empty() {
            self.parts.push(format!("{key}={}", percent_encode(value)));
        }
    }

    /// Adds `key=a~b~c` unless the list is empty.
    pub fn list<'a>(&mut self, key: &str, items: impl IntoIterator<Item = &'a str>) {
        let encoded: Vec<String> = items.into_iter().map(percent_encode).collect();
        if !encoded.is_empty() {
            self.parts.push(format!("{key}={}", encoded.join("~")));
        }
    }

    /// Adds an already-canonical token (`1`, `-released`, `2024-01..2025-06`).
    pub fn raw(&mut self, key: &str, token: &str) {
        if !token.is_empty() {
            self.parts
                .push(format!("{key}={}", percent_encode_keep(token)));
        }
    }

    pub fn finish(self) -> String {
        self.parts.join("&")
    }
}

/// Encodes a token that may hold `~` separators and `..` ranges, keeping those literal.
fn percent_encode_keep(token: &str) -> String {
    token
        .split('~')
        .map(percent_encode)
        .collect::<Vec<_>>()
        .join("~")
}

/// Reads typed values out of decoded pairs, collecting warnings and remembering which keys
/// were used so that unknown ones can be reported.
pub struct QueryReader {
    pairs: Vec<(String, String)>,
    used: Vec<bool>,
    pub warnings: Vec<Warning>,
}

impl QueryReader {
    pub fn new(pairs: Vec<(String, String)>, warnings: Vec<Warning>) -> QueryReader {
        let used = vec![false; pairs.len()];
        QueryReader {
            pairs,
            used,
            warnings,
        }
    }

    pub fn from_query(raw: &str) -> QueryReader {
        let (pairs, warnings) = parse_query(raw);
        QueryReader::new(pairs, warnings)
    }

    /// The value of `key`; when repeated, the first wins and the rest are reported.
    pub fn get(&mut self, key: &str) -> Option<String> {
        let mut found = None;
        for (i, (k, v)) in self.pairs.iter().enumerate() {
            if k == key {
                self.used[i] = true;
                if found.is_none() {
                    found = Some(v.clone());
                } else {
                    self.warnings.push(Warning::new(
                        key,
                        Code::Repeated,
                        "",
                        format!("'{key}' was given more than once; the first value was used."),
                    ));
                }
            }
        }
        found
    }

    pub fn warn(&mut self, key: &str, code: Code, arg: &str, message: impl Into<String>) {
        self.warnings.push(Warning::new(key, code, arg, message));
    }

    /// Free text, trimmed.
    pub fn text(&mut self, key: &str) -> String {
        self.get(key)
            .map(|v| v.trim().to_string())
            .unwrap_or_default()
    }

    /// A `~`-separated list; items that `parse` rejects are dropped with a warning naming them.
    pub fn list<T: Ord>(
        &mut self,
        key: &str,
        label: &str,
        parse: impl Fn(&str) -> Option<T>,
    ) -> Vec<T> {
        let Some(value) = self.get(key) else {
            return Vec::new();
        };
        let mut items = Vec::new();
        for item in value
            .split('~')
            .map(str::trim)
            .filter(|i| !i.is_empty())
            .take(MAX_LIST_ITEMS)
        {
            match parse(item) {
                Some(parsed) => items.push(parsed),
                None => self.warn(
                    key,
                    Code::UnknownItem,
                    item,
                    format!("Unknown {label} '{}' was ignored.", shorten(item, 40)),
                ),
            }
        }
        items
    }

    /// `1`/`0` (also `true`/`false`, `yes`/`no`).
    pub fn flag(&mut self, key: &str, label: &str) -> Option<bool> {
        let value = self.get(key)?;
        match value.as_str() {
            "1" | "true" | "yes" => Some(true),
            "0" | "false" | "no" => Some(false),
            other => {
                self.warn(
                    key,
                    Code::BadFlag,
                    other,
                    format!(
                        "'{}' is not a valid value for {label} (use 1 or 0); it was ignored.",
                        shorten(other, 40)
                    ),
                );
                None
            }
        }
    }

    /// Reports every key no reader asked for.
    pub fn finish(mut self) -> Vec<Warning> {
        for (i, (key, _)) in self.pairs.iter().enumerate() {
            if !self.used[i] {
                self.warnings.push(Warning::new(
                    key,
                    Code::UnknownParam,
                    key,
                    format!("Unknown parameter '{}' was ignored.", shorten(key, 40)),
                ));
            }
        }
        self.warnings
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_escapes_plus_and_chinese() {
        assert_eq!(percent_decode("a%20b+c").as_deref(), Some("a b c"));
        assert_eq!(
            percent_decode("%E6%B7%B1%E5%BA%A6").as_deref(),
            Some("深度")
        );
        assert_eq!(percent_decode("%ZZ"), None);
        assert_eq!(percent_decode("%E6"), None);
        assert_eq!(percent_decode("100%"), None);
    }

    #[test]
    fn malformed_values_are_dropped_with_a_warning() {
        let (pairs, warnings) = parse_query("?junk=1&q=%ZZ");
        assert_eq!(pairs, vec![("junk".to_string(), "1".to_string())]);
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].message.contains("malformed"));
    }

    #[test]
    fn encoding_is_canonical() {
        assert_eq!(percent_encode("deep seek~x"), "deep%20seek%7Ex");
        let mut writer = QueryWriter::new();
        writer.text("q", "深度 ai");
        writer.list("cat", ["big-tech", "robotics"]);
        writer.text("empty", "");
        assert_eq!(
            writer.finish(),
            "q=%E6%B7%B1%E5%BA%A6%20ai&cat=big-tech~robotics"
        );
    }

    #[test]
    fn oversized_queries_are_cut_not_frozen() {
        let huge = format!("q={}", "a".repeat(100 * 1024));
        let (pairs, warnings) = parse_query(&huge);
        assert!(pairs.is_empty());
        assert_eq!(warnings.len(), 2);
    }

    #[test]
    fn reader_reports_unknown_and_repeated_keys() {
        let mut reader = QueryReader::from_query("q=a&q=b&zzz=1");
        assert_eq!(reader.text("q"), "a");
        let warnings = reader.finish();
        let messages: Vec<&str> = warnings.iter().map(|w| w.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "'q' was given more than once; the first value was used.",
                "Unknown parameter 'zzz' was ignored."
            ]
        );
    }
}
