//! Numbers and dates as each language writes them: 12,500.5 in English,
//! 12.500,5 in Spanish, 12 500,5 in French, as CLDR knows them through
//! ICU4X; 15/03/2024 in Spanish and French.
//! Budgets, indicator values and dates are typed and read by officers who
//! would never write them the other way.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use fixed_decimal::Decimal;
use icu_calendar::Gregorian;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_datetime::input::Date;
use icu_datetime::options::YearStyle;
use icu_decimal::DecimalFormatter;
use icu_decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use icu_locale_core::Locale;
use writeable::Writeable;

use super::{DateOrder, Language};
use crate::model::Moment;

/// How one language writes numbers, as CLDR knows it.
struct Conventions {
    /// `None` only if even the root locale's data were missing.
    formatter: Option<DecimalFormatter>,
    /// The thousands separator and the decimal mark.
    group: char,
    decimal: char,
}

thread_local! {
    /// Each language's conventions, found once (ICU4X's data is not `Sync`,
    /// so each thread keeps its own).
    static CONVENTIONS: RefCell<HashMap<&'static str, Rc<Conventions>>> =
        RefCell::new(HashMap::new());
}

/// The conventions of `language`, always with Latin digits, which every
/// field reads back; the root locale's for a code CLDR does not know.
fn conventions(language: Language) -> Rc<Conventions> {
    cached(&CONVENTIONS, language, conventions_of)
}

/// What `make` finds for `language`, found once per thread in `cache`.
fn cached<T>(
    cache: &'static std::thread::LocalKey<RefCell<HashMap<&'static str, Rc<T>>>>,
    language: Language,
    make: fn(&str) -> T,
) -> Rc<T> {
    cache.with(|known| {
        known
            .borrow_mut()
            .entry(language.code())
            .or_insert_with(|| Rc::new(make(language.code())))
            .clone()
    })
}

/// `code`'s locale, always with Latin digits, which every field reads back.
fn latin_digits(code: &str) -> Option<Locale> {
    format!("{code}-u-nu-latn").parse().ok()
}

fn conventions_of(code: &str) -> Conventions {
    let locale = latin_digits(code);
    let made = |options: DecimalFormatterOptions| {
        locale
            .as_ref()
            .ok_or(icu_provider::DataError::custom("not a locale"))
            .and_then(|locale| DecimalFormatter::try_new(locale.into(), options))
            .or_else(|_| DecimalFormatter::try_new(Default::default(), options))
            .ok()
    };
    // The marks, read off a number written with every group shown.
    let mut sample = Decimal::from(12_345_675);
    sample.multiply_pow10(-1);
    let grouped = made(GroupingStrategy::Always.into()).map_or_else(
        || "1,234,567.5".to_owned(),
        |formatter| drawable(&formatter.format(&sample).write_to_string()),
    );
    let marks: Vec<char> = grouped.chars().filter(|c| !c.is_ascii_digit()).collect();
    let (group, decimal) = match marks.as_slice() {
        [.., group, decimal] if group != decimal => (*group, *decimal),
        _ => (',', '.'),
    };
    Conventions {
        formatter: made(Default::default()),
        group,
        decimal,
    }
}

/// CLDR's narrow no-break space (French) is drawn as a no-break space: the
/// interface font has no narrow one, and a number must not be cut at the end
/// of a line.
fn drawable(text: &str) -> String {
    text.replace('\u{202f}', "\u{a0}")
}

/// The thousands separator and the decimal mark of `language`.
fn marks(language: Language) -> (char, char) {
    let conventions = conventions(language);
    (conventions.group, conventions.decimal)
}

/// `value` with at most `decimals` decimals (trailing zeros dropped) and its
/// thousands grouped, as `language` writes it.
pub fn format_number(language: Language, value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return value.to_string();
    }
    let plain = format!("{:.*}", decimals, value);
    let Ok(mut decimal) = plain.parse::<Decimal>() else {
        return plain;
    };
    decimal.absolute.trim_end();
    // A negative number that rounds to zero is written as zero.
    if decimal.absolute.is_zero() {
        decimal.sign = fixed_decimal::Sign::None;
    }
    match &conventions(language).formatter {
        Some(formatter) => drawable(&formatter.format(&decimal).write_to_string()),
        None => decimal.to_string(),
    }
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
    // CLDR writes some languages' minus as U+2212 (Basque, Swedish…) and
    // marks direction around it (Persian, Hebrew): read back as "-".
    let text: String = text
        .trim()
        .chars()
        .filter(|c| {
            !c.is_whitespace()
                && !matches!(c, '\u{202f}' | '\'' | '\u{200e}' | '\u{200f}' | '\u{61c}')
        })
        .map(|c| {
            if matches!(c, '\u{2212}' | '\u{2796}') {
                '-'
            } else {
                c
            }
        })
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

/// How one language writes a date in a field, as CLDR knows it: the order
/// of its parts and a date written that way.
struct DateWay {
    /// Year, month and day, in the order the language writes them.
    order: [Part; 3],
    formatter: Option<FixedCalendarDateTimeFormatter<Gregorian, YMD>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Year,
    Month,
    Day,
}

thread_local! {
    static DATE_WAYS: RefCell<HashMap<&'static str, Rc<DateWay>>> = RefCell::new(HashMap::new());
}

fn date_way(language: Language) -> Rc<DateWay> {
    cached(&DATE_WAYS, language, date_way_of)
}

fn date_way_of(code: &str) -> DateWay {
    let formatter = latin_digits(code).and_then(|locale| {
        FixedCalendarDateTimeFormatter::try_new(
            (&locale).into(),
            YMD::short().with_year_style(YearStyle::Full),
        )
        .ok()
    });
    // The order, read off a date whose parts cannot be confused.
    let sample = formatter
        .as_ref()
        .zip(Date::try_new_gregorian(2033, 11, 22).ok())
        .map(|(formatter, date)| formatter.format(&date).write_to_string().into_owned())
        .unwrap_or_default();
    let mut found: Vec<(usize, Part)> =
        [("2033", Part::Year), ("11", Part::Month), ("22", Part::Day)]
            .into_iter()
            .filter_map(|(digits, part)| sample.find(digits).map(|at| (at, part)))
            .collect();
    found.sort_unstable_by_key(|(at, _)| *at);
    let order = match found.as_slice() {
        [(_, a), (_, b), (_, c)] => [*a, *b, *c],
        _ => [Part::Year, Part::Month, Part::Day],
    };
    DateWay { order, formatter }
}

/// Direction marks CLDR puts between a date's parts (Arabic): invisible,
/// and in a field only in the way of the cursor.
fn without_marks(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{61c}'))
        .collect()
}

/// A program's date as `language` writes it: CLDR's short date (15/3/2024
/// in Spanish, 2024/3/15 in Korean, 15.3.2024 in Turkish), ISO where the
/// language's table says so: English writes 2024-03-15, which no reader of
/// either the British or the American habit can misread.
pub fn format_moment(language: Language, moment: Moment) -> String {
    let iso = super::table::entry(language.code()).dates == DateOrder::Iso;
    match moment {
        Moment::Date { year, month, day } if !iso => {
            let way = date_way(language);
            let date = Date::try_new_gregorian(year, month, day).ok();
            match (&way.formatter, date) {
                (Some(formatter), Some(date)) => {
                    without_marks(&formatter.format(&date).write_to_string())
                }
                _ => moment.to_string(),
            }
        }
        _ => moment.to_string(),
    }
}

/// Reads a year or a date: ISO in every language, and the language's own
/// order of year, month and day, whatever marks separate them ("5/3/2024",
/// "5.3.2024", "2024. 3. 5.").
pub fn parse_moment(language: Language, text: &str) -> Option<Moment> {
    let text = text.trim();
    if let Some(moment) = Moment::parse(text) {
        return Some(moment);
    }
    if super::table::entry(language.code()).dates == DateOrder::Iso {
        return None;
    }
    let numbers: Vec<u32> = without_marks(text)
        .split(|c: char| !c.is_ascii_digit())
        .filter(|part| !part.is_empty())
        .map(|part| part.parse().ok())
        .collect::<Option<_>>()?;
    let [a, b, c] = numbers.as_slice() else {
        return None;
    };
    let way = date_way(language);
    let mut parts = (0, 0, 0);
    for (part, value) in way.order.iter().zip([*a, *b, *c]) {
        match part {
            Part::Year => parts.0 = value,
            Part::Month => parts.1 = value,
            Part::Day => parts.2 = value,
        }
    }
    let (year, month, day) = parts;
    if year < 1000 {
        return None;
    }
    Moment::parse(&format!("{year}-{month}-{day}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_groups_and_marks_decimals_its_own_way() {
        let value = 12_500_000.25;
        assert_eq!(format_number(Language::ENGLISH, value, 2), "12,500,000.25");
        assert_eq!(format_number(Language::SPANISH, value, 2), "12.500.000,25");
        assert_eq!(
            format_number(Language::FRENCH, value, 2),
            "12\u{a0}500\u{a0}000,25"
        );
        assert_eq!(format_number(Language::SPANISH, 950.0, 2), "950");
        // Spanish groups from five digits on, as CLDR (and the RAE) say.
        assert_eq!(format_number(Language::SPANISH, 1000.0, 0), "1000");
        assert_eq!(format_number(Language::SPANISH, 10000.0, 0), "10.000");
        let language = |code| Language::from_code(code).unwrap();
        assert_eq!(format_number(language("ca"), 1234.5, 1), "1.234,5");
        assert_eq!(format_number(language("pt"), 1234.5, 1), "1.234,5");
        assert_eq!(format_number(language("ko"), 1234.5, 1), "1,234.5");
        assert_eq!(format_number(Language::ENGLISH, -1234.5, 1), "-1,234.5");
        assert_eq!(format_number(Language::ENGLISH, -0.01, 0), "0");
        assert_eq!(format_number(Language::FRENCH, 0.5, 1), "0,5");
    }

    #[test]
    fn numbers_are_read_back_as_they_are_written() {
        for language in Language::built_in() {
            for value in [0.0, 7.0, 999.5, 1000.0, 12_500_000.25, -3.75] {
                let text = format_number(language, value, 2);
                assert_eq!(parse_number(language, &text), Some(value), "{text}");
            }
        }
    }

    #[test]
    fn a_minus_as_cldr_writes_it_is_read_back() {
        assert_eq!(parse_number(Language::ENGLISH, "\u{2212}3.75"), Some(-3.75));
        assert_eq!(
            parse_number(Language::FRENCH, "\u{200e}\u{2212}3,75"),
            Some(-3.75)
        );
    }

    #[test]
    fn officers_typing_the_other_way_are_understood_where_it_is_clear() {
        assert_eq!(
            parse_number(Language::SPANISH, "1.500.000"),
            Some(1_500_000.0)
        );
        assert_eq!(parse_number(Language::SPANISH, "1.500"), Some(1500.0));
        assert_eq!(parse_number(Language::SPANISH, "12.5"), Some(12.5));
        assert_eq!(parse_number(Language::SPANISH, "12,5"), Some(12.5));
        assert_eq!(parse_number(Language::FRENCH, "12 500,5"), Some(12_500.5));
        assert_eq!(
            parse_number(Language::FRENCH, "12\u{202f}500"),
            Some(12_500.0)
        );
        assert_eq!(parse_number(Language::ENGLISH, "12,500.5"), Some(12_500.5));
        assert_eq!(parse_number(Language::ENGLISH, " 42 "), Some(42.0));
        assert_eq!(parse_number(Language::SPANISH, "doce"), None);
        assert_eq!(parse_number(Language::ENGLISH, ""), None);
        assert_eq!(parse_number(Language::ENGLISH, "inf"), None);
    }

    #[test]
    fn dates_are_written_as_cldr_writes_each_language_and_read_back() {
        let date = Moment::Date {
            year: 2024,
            month: 3,
            day: 5,
        };
        assert_eq!(format_moment(Language::SPANISH, date), "5/3/2024");
        assert_eq!(format_moment(Language::FRENCH, date), "05/03/2024");
        assert_eq!(format_moment(Language::ENGLISH, date), "2024-03-05");
        let korean = Language::from_code("ko").unwrap();
        assert_eq!(format_moment(korean, date), "2024/3/5");
        assert_eq!(parse_moment(korean, "2024. 3. 5."), Some(date));
        assert_eq!(parse_moment(korean, "2024.3.5"), Some(date));
        assert_eq!(format_moment(Language::SPANISH, Moment::Year(2024)), "2024");
        for language in Language::built_in() {
            let written = format_moment(language, date);
            assert_eq!(parse_moment(language, &written), Some(date));
            assert_eq!(parse_moment(language, "2024-03-05"), Some(date));
        }
        assert_eq!(parse_moment(Language::SPANISH, "5/3/2024"), Some(date));
        assert_eq!(parse_moment(Language::SPANISH, "03/15/2024"), None);
        assert_eq!(parse_moment(Language::ENGLISH, "05/03/2024"), None);
        assert_eq!(parse_moment(Language::SPANISH, "5/3/24"), None);
        // A language CLDR knows brings its own way: day first with dots in
        // Turkish, year first in Japanese, marks between parts in Arabic.
        let day_first = [Part::Day, Part::Month, Part::Year];
        let year_first = [Part::Year, Part::Month, Part::Day];
        for (code, order) in [
            ("tr", day_first),
            ("de", day_first),
            ("ar", day_first),
            ("ja", year_first),
            ("eu", year_first),
            ("en", [Part::Month, Part::Day, Part::Year]),
        ] {
            assert_eq!(date_way_of(code).order, order, "{code}");
        }
        assert_eq!(without_marks("5\u{200f}/3\u{200f}/2024"), "5/3/2024");
    }
}
