//! Progress at a glance for a year: each public program's rating and
//! review, each indicator's series against its baseline and target, money
//! planned and spent year by year, people reached, what is missing and what
//! changed since the year before. What the Progress panel shows and the
//! annual report prints, worked out once from the model; nothing in it the
//! officer did not enter.

use std::collections::BTreeMap;

use super::monitoring::{Money, review, value_in};
use super::year::{Rating, Review};
use super::{Document, Program, ProgramId, Visibility};

/// An indicator's course up to the year.
#[derive(Clone, Debug, PartialEq)]
pub struct IndicatorCourse {
    pub name: String,
    pub unit: String,
    pub baseline: Option<f64>,
    pub target: Option<f64>,
    pub target_year: Option<i32>,
    /// Its values year by year up to the report's year (a year's latest
    /// measurement), oldest first.
    pub series: Vec<(i32, f64)>,
    /// The value of the year itself, and of the year before.
    pub value: Option<f64>,
    pub previous: Option<f64>,
    /// Dimensions it should be broken down by that the year's measurement
    /// has no parts for.
    pub breakdown_missing: Vec<super::year::Dimension>,
}

/// A program as the year's report states it.
#[derive(Clone, Debug, PartialEq)]
pub struct ProgramCourse {
    pub id: ProgramId,
    pub title: String,
    pub review: Option<ReviewText>,
    /// The rating the year before, when there was one.
    pub previous_rating: Option<Rating>,
    pub indicators: Vec<IndicatorCourse>,
    /// People reached in the year.
    pub reached: Option<u64>,
    /// The goals (SDG numbers) and articles (UDHR) it serves.
    pub sdgs: Vec<u8>,
    pub rights: Vec<u8>,
}

/// A review's words in the report's language.
#[derive(Clone, Debug, PartialEq)]
pub struct ReviewText {
    pub rating: Rating,
    pub achieved: String,
    pub difficulties: String,
    pub next_steps: String,
}

/// A policy area and the programs it presents (in its order).
#[derive(Clone, Debug, PartialEq)]
pub struct AreaCourse {
    pub title: String,
    pub programs: Vec<usize>,
}

/// A consultation held in the year, in words.
#[derive(Clone, Debug, PartialEq)]
pub struct ConsultationText {
    pub when: Option<super::Moment>,
    pub who: String,
    pub outcome: String,
}

/// The year's progress.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Progress {
    pub year: i32,
    pub city: String,
    pub introduction: String,
    pub consultations: Vec<ConsultationText>,
    pub adopted: Option<super::Moment>,
    pub programs: Vec<ProgramCourse>,
    /// Areas with the programs they present (indexes into `programs`);
    /// programs no area presents are in `unplaced`.
    pub areas: Vec<AreaCourse>,
    pub unplaced: Vec<usize>,
    /// Money planned and spent per year, then per currency.
    pub budget_by_year: BTreeMap<i32, BTreeMap<String, Money>>,
    /// People reached per year.
    pub reached_by_year: BTreeMap<i32, u64>,
}

impl Progress {
    /// The progress of `year` in `document`, its texts in `lang` (the main
    /// language where not translated). Internal programs never appear.
    pub fn of(document: &Document, year: i32, lang: &str) -> Self {
        let main = document.main_language();
        let text = |localized: &super::Localized| localized.shown(lang, main).trim().to_owned();
        let public: Vec<&Program> = (document.programs.iter())
            .filter(|p| p.visibility == Visibility::Public)
            .collect();
        let mut progress = Self {
            year,
            city: text(&document.city.name),
            ..Self::default()
        };
        if let Some(record) = document.years.iter().find(|record| record.year == year) {
            progress.introduction = text(&record.introduction);
            progress.adopted = record.adopted;
            progress.consultations = (record.consultations.iter())
                .map(|c| ConsultationText {
                    when: c.when,
                    who: text(&c.who),
                    outcome: text(&c.outcome),
                })
                .collect();
        }
        for program in &public {
            for line in &program.budget {
                let currency = line.currency.trim().to_uppercase();
                let money = (progress.budget_by_year.entry(line.year).or_default())
                    .entry(currency)
                    .or_default();
                money.planned += line.amount;
                money.executed += line.executed.unwrap_or(0.0);
            }
            for reached in &program.beneficiaries {
                let sum = progress.reached_by_year.entry(reached.year).or_default();
                *sum = sum.saturating_add(reached.count);
            }
            progress.programs.push(course(program, year, &text));
        }
        let place: BTreeMap<ProgramId, usize> = (progress.programs.iter().enumerate())
            .map(|(at, p)| (p.id, at))
            .collect();
        let mut placed = vec![false; progress.programs.len()];
        for area in &document.policies.areas {
            let programs: Vec<usize> = (area.programs.iter())
                .filter_map(|id| place.get(id).copied())
                .collect();
            for at in &programs {
                placed[*at] = true;
            }
            progress.areas.push(AreaCourse {
                title: text(&area.title),
                programs,
            });
        }
        progress.unplaced = (0..placed.len()).filter(|at| !placed[*at]).collect();
        progress
    }

    /// Money planned and spent year by year, per currency (never summed
    /// across currencies), oldest year first.
    pub fn money_by_currency(&self) -> BTreeMap<String, Vec<(i32, Money)>> {
        let mut by: BTreeMap<String, Vec<(i32, Money)>> = BTreeMap::new();
        for (year, money) in &self.budget_by_year {
            for (currency, sum) in money {
                by.entry(currency.clone()).or_default().push((*year, *sum));
            }
        }
        by
    }

    /// Indicators with no value for the year: (program, indicator).
    pub fn missing_values(&self) -> impl Iterator<Item = (&ProgramCourse, &IndicatorCourse)> {
        (self.programs.iter())
            .flat_map(|p| p.indicators.iter().map(move |i| (p, i)))
            .filter(|(_, i)| i.value.is_none())
    }

    /// Programs with no review for the year.
    pub fn missing_reviews(&self) -> impl Iterator<Item = &ProgramCourse> {
        self.programs.iter().filter(|p| p.review.is_none())
    }

    /// Indicators whose year's value lacks a breakdown asked for.
    pub fn missing_breakdowns(&self) -> impl Iterator<Item = (&ProgramCourse, &IndicatorCourse)> {
        (self.programs.iter())
            .flat_map(|p| p.indicators.iter().map(move |i| (p, i)))
            .filter(|(_, i)| !i.breakdown_missing.is_empty())
    }
}

fn course(
    program: &Program,
    year: i32,
    text: &impl Fn(&super::Localized) -> String,
) -> ProgramCourse {
    let indicators = (program.indicators.iter())
        .map(|indicator| {
            let mut by_year: BTreeMap<i32, (super::Moment, f64)> = BTreeMap::new();
            for m in indicator
                .measurements
                .iter()
                .filter(|m| m.when.year() <= year)
            {
                let entry = by_year.entry(m.when.year()).or_insert((m.when, m.value));
                if m.when >= entry.0 {
                    *entry = (m.when, m.value);
                }
            }
            let in_year = (indicator.measurements.iter())
                .filter(|m| m.when.year() == year)
                .max_by_key(|m| m.when);
            let breakdown_missing = match in_year {
                Some(measurement) => (indicator.disaggregation.iter())
                    .filter(|dimension| {
                        !measurement
                            .parts
                            .iter()
                            .any(|part| part.dimension == **dimension)
                    })
                    .cloned()
                    .collect(),
                None => Vec::new(),
            };
            IndicatorCourse {
                name: text(&indicator.name),
                unit: text(&indicator.unit),
                baseline: indicator.baseline,
                target: indicator.target,
                target_year: indicator.target_year,
                series: by_year.into_iter().map(|(y, (_, v))| (y, v)).collect(),
                value: value_in(indicator, year),
                previous: value_in(indicator, year - 1),
                breakdown_missing,
            }
        })
        .collect();
    ProgramCourse {
        id: program.id,
        title: text(&program.title),
        review: review(program, year).map(|r: &Review| ReviewText {
            rating: r.rating,
            achieved: text(&r.achieved),
            difficulties: text(&r.difficulties),
            next_steps: text(&r.next_steps),
        }),
        previous_rating: review(program, year - 1).map(|r| r.rating),
        indicators,
        sdgs: program.sdgs.clone(),
        rights: program.rights.clone(),
        reached: (program.beneficiaries.iter())
            .filter(|b| b.year == year)
            .map(|b| b.count)
            .reduce(u64::saturating_add),
    }
}
