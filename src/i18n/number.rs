//! Numbers and dates as each language writes them: 12,500.5 in English,
//! 12.500,5 in Spanish, 12 500,5 in French; 15/03/2024 in Spanish and French.
//! Budgets, indicator values and dates are typed and read by officers who
//! would never write them the other way.

use super::Language;
use crate::model::Moment;

/// The thousands separator and the decimal mark of `language`.
fn marks(language: Language) -> (char, char) {
    match language {
        Language::English => (',', '.'),
        Language::Spanish => ('.', ','),
        // A no-break space (U+00A0): the interface font has no narrow one,
        // and a number must not be cut at the end of a line.
        Language::French => ('\u{a0}', ','),
    }
}

/// `value` with at most `decimals` decimals (trailing zeros dropped) and its
/// thousands grouped, as `language` writes it.
pub fn format_number(language: Language, value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return value.to_string();
    }
    let (group, decimal) = marks(language);
    let plain = format!("{:.*}", decimals, value.abs());
    let (whole, fraction) = plain.split_once('.').unwrap_or((&plain, ""));
    let fraction = fraction.trim_end_matches('0');
    let mut text = String::new();
    // A negative number that rounds to zero is written as zero.
    if value < 0.0 && plain.chars().any(|c| c.is_ascii_digit() && c != '0') {
        text.push('-');
    }
    for (index, digit) in whole.chars().enumerate() {
        if index > 0 && (whole.len() - index) % 3 == 0 {
            text.push(group);
        }
        text.push(digit);
    }
    if !fraction.is_empty() {
        text.push(decimal);
        text.push_str(fraction);
    }
    text
}

/// `value` as `format_number` writes it, without grouping thousands: what
/// a field being typed into starts from.
pub fn format_plain(language: Language, value: f64, decimals: usize) -> String {
    let (group, _) = marks(language);
    format_number(language, value, decimals).replace(group, "")
}

/// Reads a number typed in `language`'s way. Spaces of any kind group
/// thousands in every language. Where the comma is the decimal mark, a lone
/// dot is a decimal mark too unless three digits follow it ("12.5" is 12,5;
/// "1.500" is 1500), since officers also type the English way.
pub fn parse_number(language: Language, text: &str) -> Option<f64> {
    let (group, decimal) = marks(language);
    let text: String = text
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{202f}' && *c != '\'')
        .collect();
    let normal: String = if decimal == ',' {
        let dots = text.matches('.').count();
        let lone_decimal_dot = !text.contains(',')
            && dots == 1
            && text
                .split_once('.')
                .is_some_and(|(_, after)| after.len() != 3);
        if lone_decimal_dot {
            text
        } else {
            // Any grouping space went with the whitespace above.
            text.replace('.', "").replace(',', ".")
        }
    } else {
        text.replace(group, "")
    };
    normal.parse::<f64>().ok().filter(|value| value.is_finite())
}

/// A program's date as `language` writes it: day first in Spanish and
/// French (15/03/2024); ISO in English (2024-03-15), which no reader of
/// either the British or the American habit can misread.
pub fn format_moment(language: Language, moment: Moment) -> String {
    match (language, moment) {
        (Language::Spanish | Language::French, Moment::Date { year, month, day }) => {
            format!("{day:02}/{month:02}/{year:04}")
        }
        _ => moment.to_string(),
    }
}

/// Reads a year or a date: ISO in every language, and day first with
/// slashes where the language writes dates that way.
pub fn parse_moment(language: Language, text: &str) -> Option<Moment> {
    let text = text.trim();
    if let Some(moment) = Moment::parse(text) {
        return Some(moment);
    }
    if language == Language::English {
        return None;
    }
    let mut parts = text.split('/').map(|part| part.trim().parse::<u32>().ok());
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(Some(day)), Some(Some(month)), Some(Some(year)), None) if year >= 1000 => {
            Moment::parse(&format!("{year}-{month}-{day}"))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_groups_and_marks_decimals_its_own_way() {
        let value = 12_500_000.25;
        assert_eq!(format_number(Language::English, value, 2), "12,500,000.25");
        assert_eq!(format_number(Language::Spanish, value, 2), "12.500.000,25");
        assert_eq!(
            format_number(Language::French, value, 2),
            "12\u{a0}500\u{a0}000,25"
        );
        assert_eq!(format_number(Language::Spanish, 950.0, 2), "950");
        assert_eq!(format_number(Language::Spanish, 1000.0, 0), "1.000");
        assert_eq!(format_number(Language::English, -1234.5, 1), "-1,234.5");
        assert_eq!(format_number(Language::English, -0.01, 0), "0");
        assert_eq!(format_number(Language::French, 0.5, 1), "0,5");
    }

    #[test]
    fn numbers_are_read_back_as_they_are_written() {
        for language in Language::ALL {
            for value in [0.0, 7.0, 999.5, 1000.0, 12_500_000.25, -3.75] {
                let text = format_number(language, value, 2);
                assert_eq!(parse_number(language, &text), Some(value), "{text}");
            }
        }
    }

    #[test]
    fn officers_typing_the_other_way_are_understood_where_it_is_clear() {
        assert_eq!(
            parse_number(Language::Spanish, "1.500.000"),
            Some(1_500_000.0)
        );
        assert_eq!(parse_number(Language::Spanish, "1.500"), Some(1500.0));
        assert_eq!(parse_number(Language::Spanish, "12.5"), Some(12.5));
        assert_eq!(parse_number(Language::Spanish, "12,5"), Some(12.5));
        assert_eq!(parse_number(Language::French, "12 500,5"), Some(12_500.5));
        assert_eq!(
            parse_number(Language::French, "12\u{202f}500"),
            Some(12_500.0)
        );
        assert_eq!(parse_number(Language::English, "12,500.5"), Some(12_500.5));
        assert_eq!(parse_number(Language::English, " 42 "), Some(42.0));
        assert_eq!(parse_number(Language::Spanish, "doce"), None);
        assert_eq!(parse_number(Language::English, ""), None);
        assert_eq!(parse_number(Language::English, "inf"), None);
    }

    #[test]
    fn dates_are_day_first_in_spanish_and_french() {
        let date = Moment::Date {
            year: 2024,
            month: 3,
            day: 5,
        };
        assert_eq!(format_moment(Language::Spanish, date), "05/03/2024");
        assert_eq!(format_moment(Language::French, date), "05/03/2024");
        assert_eq!(format_moment(Language::English, date), "2024-03-05");
        assert_eq!(format_moment(Language::Spanish, Moment::Year(2024)), "2024");
        for language in Language::ALL {
            let written = format_moment(language, date);
            assert_eq!(parse_moment(language, &written), Some(date));
            assert_eq!(parse_moment(language, "2024-03-05"), Some(date));
        }
        assert_eq!(parse_moment(Language::Spanish, "5/3/2024"), Some(date));
        assert_eq!(parse_moment(Language::Spanish, "03/15/2024"), None);
        assert_eq!(parse_moment(Language::English, "05/03/2024"), None);
        assert_eq!(parse_moment(Language::Spanish, "5/3/24"), None);
    }
}
