//! A year's numbers: which indicator has a value for the year, setting one,
//! and the year's figures every view and report reads (budget planned and
//! spent per goal, article and group; each indicator's latest value).
//! Pure functions over the model.

use std::collections::BTreeMap;

use serde::Serialize;

use super::year::{Rating, Review};
use super::{Document, Indicator, ItemId, Measurement, Moment, Program, ProgramId, Visibility};

/// The value `indicator` has for `year`: its latest measurement in that year.
pub fn value_in(indicator: &Indicator, year: i32) -> Option<f64> {
    (indicator.measurements.iter())
        .filter(|m| m.when.year() == year)
        .max_by_key(|m| m.when)
        .map(|m| m.value)
}

/// The latest measurement before `year`: what "last value" shows.
pub fn last_before(indicator: &Indicator, year: i32) -> Option<&Measurement> {
    (indicator.measurements.iter())
        .filter(|m| m.when.year() < year)
        .max_by_key(|m| m.when)
}

/// Sets `indicator`'s value for `year` (`None`: removes it). A measurement
/// already in that year keeps its day, breakdown and note and is updated;
/// otherwise one is added for the year, the list kept oldest first. False
/// when asked to remove a measurement that has a breakdown or a note: it is
/// kept (only its editor removes that much).
pub fn set_value(indicator: &mut Indicator, year: i32, value: Option<f64>) -> bool {
    let in_year = (indicator.measurements.iter().enumerate())
        .filter(|(_, m)| m.when.year() == year)
        .max_by_key(|(_, m)| m.when)
        .map(|(at, _)| at);
    match (in_year, value) {
        (Some(at), Some(value)) => indicator.measurements[at].value = value,
        (Some(at), None) => {
            let measurement = &indicator.measurements[at];
            if !measurement.parts.is_empty() || !measurement.note.is_unset() {
                return false;
            }
            indicator.measurements.remove(at);
        }
        (None, Some(value)) => {
            let when = Moment::Year(year);
            let at = (indicator.measurements.iter()).position(|m| m.when > when);
            let measurement = Measurement {
                when,
                value,
                parts: Vec::new(),
                note: Default::default(),
            };
            match at {
                Some(at) => indicator.measurements.insert(at, measurement),
                None => indicator.measurements.push(measurement),
            }
        }
        (None, None) => {}
    }
    true
}

/// One row of the Year view's table: an indicator of a program, found again
/// by its place (checked against the ids, which never change).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IndicatorRow {
    pub program_index: usize,
    pub program: ProgramId,
    pub indicator_index: usize,
    pub indicator: ItemId,
}

impl IndicatorRow {
    /// The indicator this row shows in `document`, if it is still there.
    pub fn find<'d>(&self, document: &'d Document) -> Option<(&'d Program, &'d Indicator)> {
        let program = (document.programs.get(self.program_index))
            .filter(|p| p.id == self.program)
            .or_else(|| document.program(self.program))?;
        let indicator = (program.indicators.get(self.indicator_index))
            .filter(|i| i.id == self.indicator)
            .or_else(|| program.indicators.iter().find(|i| i.id == self.indicator))?;
        Some((program, indicator))
    }

    /// The same, writable (copies that one program if another state shares it).
    pub fn find_mut<'d>(&self, document: &'d mut Document) -> Option<&'d mut Indicator> {
        let index = (document.programs.get(self.program_index))
            .filter(|p| p.id == self.program)
            .map(|_| self.program_index)
            .or_else(|| document.program_index(self.program))?;
        let program = document.programs.get_mut(index)?;
        let at = (program.indicators.get(self.indicator_index))
            .filter(|i| i.id == self.indicator)
            .map(|_| self.indicator_index)
            .or_else(|| {
                program
                    .indicators
                    .iter()
                    .position(|i| i.id == self.indicator)
            })?;
        program.indicators.get_mut(at)
    }
}

/// Which rows the Year view lists.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct YearFilter {
    /// Only programs of this responsible unit (as written in `lang`).
    pub unit: Option<String>,
    /// Only indicators with no value for the year.
    pub missing: bool,
}

/// Every indicator of every program, in catalogue order, as `filter` keeps.
pub fn indicator_rows(
    document: &Document,
    year: i32,
    filter: &YearFilter,
    lang: &str,
) -> Vec<IndicatorRow> {
    let mut rows = Vec::new();
    for (program_index, program) in document.programs.iter().enumerate() {
        if let Some(unit) = &filter.unit
            && program.responsible_unit.get(lang).trim() != unit
        {
            continue;
        }
        for (indicator_index, indicator) in program.indicators.iter().enumerate() {
            if filter.missing && value_in(indicator, year).is_some() {
                continue;
            }
            rows.push(IndicatorRow {
                program_index,
                program: program.id,
                indicator_index,
                indicator: indicator.id,
            });
        }
    }
    rows
}

/// The responsible units named in the catalogue (in `lang`), sorted.
pub fn units(document: &Document, lang: &str) -> Vec<String> {
    let mut units: Vec<String> = (document.programs.iter())
        .map(|p| p.responsible_unit.get(lang).trim().to_owned())
        .filter(|unit| !unit.is_empty())
        .collect();
    units.sort();
    units.dedup();
    units
}

/// The years a catalogue has figures for (measurements, budget lines,
/// beneficiaries, reviews) and the profile's year records, sorted.
pub fn years(document: &Document) -> Vec<i32> {
    let mut years: Vec<i32> = document.years.iter().map(|y| y.year).collect();
    for program in &document.programs {
        let measured =
            (program.indicators.iter()).flat_map(|i| i.measurements.iter().map(|m| m.when.year()));
        years.extend(measured);
        years.extend(program.budget.iter().map(|line| line.year));
        years.extend(program.beneficiaries.iter().map(|b| b.year));
        years.extend(program.reviews.iter().map(|r| r.year));
    }
    years.sort_unstable();
    years.dedup();
    years
}

/// The officer's review of `program` for `year`, if she wrote one.
pub fn review(program: &Program, year: i32) -> Option<&Review> {
    program.reviews.iter().find(|review| review.year == year)
}

/// Money planned and spent, in one currency.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Money {
    pub planned: f64,
    pub executed: f64,
}

/// Sums per key (a goal, an article, a group), then per currency code.
pub type ByCurrency = BTreeMap<String, BTreeMap<String, Money>>;

/// An indicator as the year's report states it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct IndicatorFigure {
    pub program: u32,
    pub name: String,
    pub unit: String,
    pub baseline: Option<f64>,
    pub target: Option<f64>,
    pub target_year: Option<i32>,
    /// The latest value up to the year, and its year.
    pub latest: Option<f64>,
    pub latest_year: Option<i32>,
    /// The program's rating for the year, as the officer gave it.
    pub rating: Option<&'static str>,
}

/// The budget of the year.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct BudgetFigures {
    /// Per currency.
    pub total: BTreeMap<String, Money>,
    /// Per SDG ("16"): a program serving several goals counts under each.
    pub by_sdg: ByCurrency,
    /// Per UDHR article ("25"), the same way.
    pub by_right: ByCurrency,
    /// Per target group as the file writes it ("AllResidents"), the same way.
    pub by_group: ByCurrency,
    /// Lines of the year whose spending is not reported yet: their
    /// `executed` counts as 0 above, so say how many there are.
    pub spent_unreported: usize,
}

/// What the year's report says in numbers: public programs only.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct YearFigures {
    pub year: i32,
    pub programs: usize,
    pub budget: BudgetFigures,
    /// People reached in the year, all programs.
    pub beneficiaries: u64,
    pub indicators: Vec<IndicatorFigure>,
    /// How many programs the officer rated so, by rating code.
    pub ratings: BTreeMap<&'static str, usize>,
    /// Indicators with no value for the year.
    pub missing_values: usize,
    /// Public programs with no review for the year.
    pub missing_reviews: usize,
}

impl YearFigures {
    /// The figures of `year` in `document`, its texts in `lang`. Internal
    /// programs never count: the figures are for publishing.
    pub fn of(document: &Document, year: i32, lang: &str) -> Self {
        let mut figures = Self {
            year,
            ..Self::default()
        };
        let public = (document.programs.iter()).filter(|p| p.visibility == Visibility::Public);
        for program in public {
            figures.programs += 1;
            for line in program.budget.iter().filter(|line| line.year == year) {
                let money = Money {
                    planned: line.amount,
                    executed: line.executed.unwrap_or(0.0),
                };
                if line.executed.is_none() {
                    figures.budget.spent_unreported += 1;
                }
                let currency = line.currency.trim().to_uppercase();
                add(
                    figures.budget.total.entry(currency.clone()).or_default(),
                    money,
                );
                let budget = &mut figures.budget;
                for (keys, sums) in [
                    (
                        program.sdgs.iter().map(u8::to_string).collect::<Vec<_>>(),
                        &mut budget.by_sdg,
                    ),
                    (
                        program.rights.iter().map(u8::to_string).collect(),
                        &mut budget.by_right,
                    ),
                    (
                        program.target_groups.iter().map(group_key).collect(),
                        &mut budget.by_group,
                    ),
                ] {
                    let mut keys = keys;
                    keys.sort();
                    keys.dedup();
                    for key in keys {
                        let per_currency = sums.entry(key).or_default();
                        add(per_currency.entry(currency.clone()).or_default(), money);
                    }
                }
            }
            let reached = program.beneficiaries.iter().filter(|b| b.year == year);
            // Saturating: a hand-edited count cannot wrap the total.
            let reached = reached.fold(0u64, |sum, b| sum.saturating_add(b.count));
            figures.beneficiaries = figures.beneficiaries.saturating_add(reached);
            let rating = review(program, year).map(|r| r.rating);
            match rating {
                Some(rating) => *figures.ratings.entry(rating.code()).or_default() += 1,
                None => figures.missing_reviews += 1,
            }
            for indicator in &program.indicators {
                if value_in(indicator, year).is_none() {
                    figures.missing_values += 1;
                }
                let latest = (indicator.measurements.iter())
                    .filter(|m| m.when.year() <= year)
                    .max_by_key(|m| m.when);
                figures.indicators.push(IndicatorFigure {
                    program: program.id.0,
                    name: indicator.name.get(lang).to_owned(),
                    unit: indicator.unit.get(lang).to_owned(),
                    baseline: indicator.baseline,
                    target: indicator.target,
                    target_year: indicator.target_year,
                    latest: latest.map(|m| m.value),
                    latest_year: latest.map(|m| m.when.year()),
                    rating: rating.map(Rating::code),
                });
            }
        }
        figures
    }
}

fn add(sum: &mut Money, money: Money) {
    sum.planned += money.planned;
    sum.executed += money.executed;
}

/// A target group as the profile file writes it: "AllResidents", or the
/// city's own group's words.
fn group_key(group: &super::TargetGroup) -> String {
    match serde_json::to_value(group) {
        Ok(serde_json::Value::String(known)) => known,
        Ok(serde_json::Value::Object(own)) => (own.values().next())
            .and_then(|text| text.as_str().map(str::to_owned))
            .unwrap_or_default(),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{BudgetLine, Localized, TargetGroup};

    fn indicator() -> Indicator {
        Indicator {
            name: Localized::new("en", "Cases heard"),
            ..Indicator::default()
        }
    }

    #[test]
    fn a_value_set_for_a_year_is_read_back_and_kept_in_order() {
        let mut indicator = indicator();
        set_value(&mut indicator, 2025, Some(40.0));
        set_value(&mut indicator, 2023, Some(10.0));
        set_value(&mut indicator, 2024, Some(25.0));
        let years: Vec<i32> = indicator
            .measurements
            .iter()
            .map(|m| m.when.year())
            .collect();
        assert_eq!(years, [2023, 2024, 2025]);
        set_value(&mut indicator, 2024, Some(26.0));
        assert_eq!(value_in(&indicator, 2024), Some(26.0));
        assert_eq!(indicator.measurements.len(), 3, "updated, not added");
        assert_eq!(last_before(&indicator, 2025).map(|m| m.value), Some(26.0));
        set_value(&mut indicator, 2024, None);
        assert_eq!(value_in(&indicator, 2024), None);
    }

    #[test]
    fn a_value_typed_for_a_year_comes_after_a_day_of_an_earlier_year() {
        let mut indicator = indicator();
        indicator.measurements.push(Measurement {
            when: Moment::Date {
                year: 2023,
                month: 6,
                day: 30,
            },
            value: 12.0,
            parts: Vec::new(),
            note: Default::default(),
        });
        set_value(&mut indicator, 2024, Some(20.0));
        let years: Vec<i32> = indicator
            .measurements
            .iter()
            .map(|m| m.when.year())
            .collect();
        assert_eq!(years, [2023, 2024], "oldest first");
        assert_eq!(last_before(&indicator, 2025).map(|m| m.value), Some(20.0));
        assert_eq!(indicator.latest().map(|m| m.value), Some(20.0));
    }

    #[test]
    fn budget_sums_are_per_currency_and_never_mix_currencies() {
        let mut document = Document::default();
        for (currency, amount, executed) in [("CLP", 1000.0, Some(800.0)), ("eur", 50.0, None)] {
            let id = document.add_new_program(crate::i18n::Language::ENGLISH);
            let program = document.program_mut(id).unwrap();
            program.sdgs = vec![16, 10];
            program.target_groups = vec![TargetGroup::Women];
            program.budget.push(BudgetLine {
                year: 2025,
                amount,
                executed,
                currency: currency.to_owned(),
                ..BudgetLine::default()
            });
        }
        let figures = YearFigures::of(&document, 2025, "en");
        let goal = &figures.budget.by_sdg["16"];
        assert_eq!(
            goal["CLP"],
            Money {
                planned: 1000.0,
                executed: 800.0
            }
        );
        assert_eq!(
            goal["EUR"],
            Money {
                planned: 50.0,
                executed: 0.0
            }
        );
        assert_eq!(figures.budget.by_group["Women"].len(), 2);
        assert_eq!(figures.missing_reviews, 2);
        assert_eq!(YearFigures::of(&document, 2024, "en").budget.total.len(), 0);
    }
}
