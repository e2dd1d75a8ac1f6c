//! Telling two wordings of one thing apart from two things: the campaign's
//! pages write the same label or value with other accents, capitals,
//! punctuation, plurals, number formats and the odd typo.

use unicode_normalization::UnicodeNormalization as _;

/// `text` as a key for comparing wordings: accents, case and punctuation
/// gone, words single-spaced, a plural "s" dropped from longer words.
pub fn key(text: &str) -> String {
    bare(text)
        .split_whitespace()
        .map(|word| match word.strip_suffix('S') {
            Some(stem) if stem.chars().count() > 3 => stem,
            _ => word,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `text` in capitals without accents, every mark a space: "Niñez y adolescencia"
/// is "NINEZ Y ADOLESCENCIA".
pub fn bare(text: &str) -> String {
    text.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .to_uppercase()
}

/// Are `a` and `b` the same wording, allowing a typo in every dozen letters
/// of the longer (none in short words such as "PAYS")?
pub fn same(a: &str, b: &str) -> bool {
    let (a, b) = (key(a), key(b));
    if a == b {
        return true;
    }
    let longest = a.chars().count().max(b.chars().count());
    let allowed = longest / 12;
    allowed > 0 && distance(&a, &b, allowed) <= allowed
}

/// The edit distance between `a` and `b`, or more than `most` when it is.
fn distance(a: &str, b: &str, most: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > most {
        return most + 1;
    }
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        previous = current;
    }
    previous[b.len()]
}

/// The numbers a wording names, as numbers: "1,000,000", "1.000.000",
/// "1 000 000" and "1 million" are all 1000000; in "between 1 and 5 million"
/// both are millions.
pub fn numbers(text: &str) -> Vec<u64> {
    let lower = text.to_lowercase();
    let millions = ["million", "millón", "millones", "millions"]
        .iter()
        .any(|word| lower.contains(word));
    let mut found = Vec::new();
    let mut digits = String::new();
    let mut chars = lower.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            digits.push(c);
            // Thousands separators: a comma, dot or space followed by three digits.
            if matches!(chars.peek(), Some(',' | '.' | ' ' | '\u{a0}' | '\u{202f}')) {
                let rest: String = chars.clone().skip(1).take(4).collect();
                let three = rest.chars().take(3).all(|d| d.is_ascii_digit())
                    && rest.chars().count() >= 3
                    && !rest.chars().nth(3).is_some_and(|d| d.is_ascii_digit());
                if three {
                    chars.next();
                }
            }
            continue;
        }
        if !digits.is_empty() {
            found.push(std::mem::take(&mut digits));
        }
    }
    if !digits.is_empty() {
        found.push(digits);
    }
    found
        .iter()
        .filter_map(|d| d.parse::<u64>().ok())
        .map(|n| {
            if millions && n < 1000 {
                n * 1_000_000
            } else {
                n
            }
        })
        .collect()
}

/// "Internal Training: Workshops…" → ("Internal Training", "Workshops…"); an item
/// without such a head keeps its whole text as summary and its first clause as title.
pub fn split_item(text: &str) -> (String, String) {
    // A list item may end its sentence with ";" (the next item follows).
    let text = text.trim().trim_end_matches(';').trim_end();
    for mark in [": ", " - ", " – ", " — "] {
        if let Some((head, rest)) = text.split_once(mark)
            && head.chars().count() <= 60
            && !head.contains('.')
            && !rest.trim().is_empty()
        {
            return (head.trim().to_owned(), rest.trim().to_owned());
        }
    }
    (item_title(text), text.to_owned())
}

/// The first clause of an item, at most eight words: a title the officer can refine.
pub fn item_title(text: &str) -> String {
    let clause = text.split([',', ';', '.', '(']).next().unwrap_or(text);
    let words: Vec<&str> = clause.split_whitespace().take(8).collect();
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_match_whatever_their_accents_plurals_and_typos() {
        assert!(same(
            "ANNÉE D'ADHESIÓN À LA CAMPAGNE MONDIALE",
            "ANNÉE D'ADHÉSION À LA CAMPAGNE MONDIALE"
        ));
        assert!(same(
            "VISION EN TANT QUE VILLES / TERRITOIRE DES DETROITS HUMAINS",
            "VISION EN TANT QUE VILLE / TERRITOIRE DES DROITS HUMAINS"
        ));
        assert!(same("Local/Regional  leader", "LOCAL / REGIONAL LEADER"));
        assert!(!same("PAYS", "PAIS"), "no typo allowed in a short word");
        assert!(!same("COUNTRY", "TYPE OF GOVERNMENT"));
    }

    #[test]
    fn numbers_are_read_in_every_format() {
        assert_eq!(
            numbers("between 250,000 and 1,000,000"),
            [250_000, 1_000_000]
        );
        assert_eq!(numbers("entre 250.000 y 1 millón"), [250_000, 1_000_000]);
        assert_eq!(numbers("de 1 à 5 millions"), [1_000_000, 5_000_000]);
        assert_eq!(numbers("moins de 50 000 habitants"), [50_000]);
        assert_eq!(numbers("2024 - 2028"), [2024, 2028]);
    }
}
