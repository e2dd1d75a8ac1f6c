//! One entry of the catalogue of municipal programs, and its parts.

use serde::{Deserialize, Serialize};

use super::item_id::{ItemId, all_given, give_ids};
use super::year::{Dimension, Frequency, Part, Review};
use super::{Localized, Partner, ProgramKind, ProgramStatus, TargetGroup, Visibility};

/// A program's stable identity in the catalogue; never reused within a document.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(transparent)]
pub struct ProgramId(pub u32);

/// A point in time known to the year, or to the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
pub enum Moment {
    Year(i32),
    Date { year: i32, month: u8, day: u8 },
}

impl Ord for Moment {
    /// In time: a year before the days of that year, every moment of 2023
    /// before any of 2024 (a derived order put every year before every day).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let key = |moment: &Self| match *moment {
            Self::Year(year) => (year, 0, 0, false),
            Self::Date { year, month, day } => (year, month, day, true),
        };
        key(self).cmp(&key(other))
    }
}

impl PartialOrd for Moment {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Moment {
    pub fn year(self) -> i32 {
        match self {
            Self::Year(year) | Self::Date { year, .. } => year,
        }
    }

    /// False for a day no calendar has (month 13, day 0, 30 February).
    pub fn is_real_date(self) -> bool {
        match self {
            Self::Year(_) => true,
            Self::Date { year, month, day } => {
                (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)
            }
        }
    }

    /// Reads "2024" or "2024-03-15".
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        let mut parts = text.split('-');
        let year: i32 = parts.next()?.parse().ok()?;
        match (parts.next(), parts.next(), parts.next()) {
            (None, None, None) => Some(Self::Year(year)),
            (Some(month), Some(day), None) => {
                let month: u8 = month.parse().ok()?;
                let day: u8 = day.parse().ok()?;
                let date = Self::Date { year, month, day };
                date.is_real_date().then_some(date)
            }
            _ => None,
        }
    }
}

/// Days in `month` (1–12) of `year`, leap years included.
fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

impl std::fmt::Display for Moment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Year(year) => write!(f, "{year}"),
            Self::Date { year, month, day } => write!(f, "{year:04}-{month:02}-{day:02}"),
        }
    }
}

/// The three kinds of human-rights indicators (OHCHR's framework).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
pub enum IndicatorKind {
    /// Commitments in place: a law, a policy, an office.
    Structural,
    /// Efforts made: people trained, cases handled.
    #[default]
    Process,
    /// Results for rights-holders.
    Outcome,
}

impl IndicatorKind {
    pub const ALL: [Self; 3] = [Self::Structural, Self::Process, Self::Outcome];

    /// The kind's name in `language`.
    pub fn name(self, words: impl super::Words) -> String {
        words.phrase(&format!("indicator-kind-{self:?}"), &[])
    }
}

/// A value measured at a moment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Measurement {
    pub when: Moment,
    pub value: f64,
    /// The value per category of the indicator's breakdowns, where known.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<Part>,
    /// Where the value came from, what it leaves out.
    #[serde(default, skip_serializing_if = "Localized::is_unset")]
    pub note: Localized,
}

/// How a program's progress is measured.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default)]
pub struct Indicator {
    /// Who this item is across copies (see `item_id`); 0 until given.
    #[serde(default, skip_serializing_if = "ItemId::is_unset")]
    pub id: ItemId,
    pub name: Localized,
    pub kind: IndicatorKind,
    /// e.g. "people", "%", "cases".
    pub unit: Localized,
    pub baseline: Option<f64>,
    pub target: Option<f64>,
    /// Oldest first.
    pub measurements: Vec<Measurement>,
    /// The year the target is for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_year: Option<i32>,
    /// Where the figures come from: "municipal register", "household survey".
    #[serde(skip_serializing_if = "Localized::is_unset")]
    pub source: Localized,
    /// Who reports it: a unit or a person; the units' sheets go by it.
    #[serde(skip_serializing_if = "Localized::is_unset")]
    pub reporter: Localized,
    #[serde(skip_serializing_if = "Frequency::is_yearly")]
    pub frequency: Frequency,
    /// What its values should be broken down by.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub disaggregation: Vec<Dimension>,
}

crate::has_item_id!(Indicator, BudgetLine, Evidence, Partner);

impl Program {
    /// True when one of its numbers is not a number (NaN) or infinite: only
    /// a hand-edited file has one; no copy can be compared field by field.
    pub fn has_non_finite_number(&self) -> bool {
        let indicators = self.indicators.iter().flat_map(|indicator| {
            let values = (indicator.measurements.iter()).flat_map(|m| {
                let parts = m.parts.iter().map(|part| Some(part.value));
                std::iter::once(Some(m.value)).chain(parts)
            });
            [indicator.baseline, indicator.target]
                .into_iter()
                .chain(values)
        });
        let amounts = (self.budget.iter()).flat_map(|line| [Some(line.amount), line.executed]);
        let reached =
            (self.beneficiaries.iter()).flat_map(|b| b.parts.iter().map(|part| Some(part.value)));
        (indicators.chain(amounts).chain(reached).flatten()).any(|value| !value.is_finite())
    }

    /// True when every item of its lists has an id of its own.
    pub fn has_item_ids(&self) -> bool {
        all_given(&self.indicators)
            && all_given(&self.budget)
            && all_given(&self.partners)
            && all_given(&self.evidence)
    }

    /// Gives the items of its lists that have none an id: fresh ones for
    /// items just added (`read_from: None`), ones derived from where they are
    /// for items read from a file written before ids (`Some(place)`).
    pub fn give_item_ids(&mut self, read_from: bool) {
        let place = |list: &str| read_from.then(|| format!("program {}/{list}", self.id.0));
        let (indicators, budget) = (place("indicators"), place("budget"));
        let (partners, evidence) = (place("partners"), place("evidence"));
        give_ids(&mut self.indicators, indicators.as_deref());
        give_ids(&mut self.budget, budget.as_deref());
        give_ids(&mut self.partners, partners.as_deref());
        give_ids(&mut self.evidence, evidence.as_deref());
    }
}

impl Indicator {
    /// The most recent measurement, by moment.
    pub fn latest(&self) -> Option<&Measurement> {
        self.measurements.iter().max_by_key(|m| m.when)
    }

    /// How far the latest value has come from the baseline towards the target,
    /// from 0 to 1; `None` when baseline, target or measurement is missing.
    pub fn progress(&self) -> Option<f64> {
        let (baseline, target) = (self.baseline?, self.target?);
        let latest = self.latest()?.value;
        let span = target - baseline;
        if span == 0.0 || !span.is_finite() {
            return None;
        }
        Some(((latest - baseline) / span).clamp(0.0, 1.0))
    }
}

/// Money planned or spent on a program in a year.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default)]
pub struct BudgetLine {
    /// Who this item is across copies (see `item_id`); 0 until given.
    #[serde(default, skip_serializing_if = "ItemId::is_unset")]
    pub id: ItemId,
    pub year: i32,
    /// The amount planned (budgeted) for the year.
    pub amount: f64,
    /// ISO 4217 code, e.g. "CLP", "EUR".
    #[serde(deserialize_with = "super::localized::bounded")]
    pub currency: String,
    /// The amount spent, once known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub executed: Option<f64>,
}

/// How many people a program reached in a year.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default)]
pub struct Beneficiaries {
    pub count: u64,
    pub year: i32,
    /// The count per category, where known.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<Part>,
}

/// A document that shows the program's work: a URL or a path relative to the profile file.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default)]
pub struct Evidence {
    /// Who this item is across copies (see `item_id`); 0 until given.
    #[serde(default, skip_serializing_if = "ItemId::is_unset")]
    pub id: ItemId,
    pub title: Localized,
    #[serde(deserialize_with = "super::localized::bounded")]
    pub link: String,
}

/// One entry of the catalogue of municipal programs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Program {
    pub id: ProgramId,
    pub title: Localized,
    #[serde(default, skip_serializing_if = "Localized::is_unset")]
    pub summary: Localized,
    /// Markdown.
    #[serde(default, skip_serializing_if = "Localized::is_unset")]
    pub description: Localized,
    #[serde(default = "default_kind")]
    pub kind: ProgramKind,
    #[serde(default)]
    pub status: ProgramStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<Moment>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Moment>,
    #[serde(default, skip_serializing_if = "Localized::is_unset")]
    pub responsible_unit: Localized,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<Partner>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub target_groups: Vec<TargetGroup>,
    /// UDHR article numbers, 1–30.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rights: Vec<u8>,
    /// Sustainable Development Goal numbers, 1–17.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sdgs: Vec<u8>,
    /// SDG targets such as "10.2"; their goal need not be in `sdgs`.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::localized::bounded_list"
    )]
    pub sdg_targets: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<Indicator>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub budget: Vec<BudgetLine>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub beneficiaries: Vec<Beneficiaries>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    /// The officer's review of each year, one per year.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reviews: Vec<Review>,
    #[serde(default)]
    pub visibility: Visibility,
    /// What the presenter wants to say about this program; never shown to the room.
    #[serde(default, skip_serializing_if = "Localized::is_unset")]
    pub notes: Localized,
    /// The city this program was copied from, when it came from another profile.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::localized::bounded_option"
    )]
    pub origin: Option<String>,
    /// What Carta read in the program's text and suggests; the officer accepts or rejects it.
    #[serde(default, skip_serializing_if = "Suggestions::is_empty")]
    pub suggested: Suggestions,
}

/// A kind and target groups guessed from a program's words, not yet the
/// program's own: shown beside the fields until the officer decides.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default)]
pub struct Suggestions {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<ProgramKind>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub target_groups: Vec<TargetGroup>,
}

impl Suggestions {
    pub fn is_empty(&self) -> bool {
        self.kind.is_none() && self.target_groups.is_empty()
    }
}

fn default_kind() -> ProgramKind {
    ProgramKind::Program
}

impl Program {
    /// An empty program with the given id.
    pub fn new(id: ProgramId) -> Self {
        Self {
            reviews: Vec::new(),
            id,
            title: Localized::default(),
            summary: Localized::default(),
            description: Localized::default(),
            kind: default_kind(),
            status: ProgramStatus::default(),
            start: None,
            end: None,
            responsible_unit: Localized::default(),
            partners: Vec::new(),
            target_groups: Vec::new(),
            rights: Vec::new(),
            sdgs: Vec::new(),
            sdg_targets: Vec::new(),
            indicators: Vec::new(),
            budget: Vec::new(),
            beneficiaries: Vec::new(),
            evidence: Vec::new(),
            visibility: Visibility::default(),
            notes: Localized::default(),
            origin: None,
            suggested: Suggestions::default(),
        }
    }

    /// Makes the suggested kind and groups the program's own.
    pub fn accept_suggestions(&mut self) {
        let suggested = std::mem::take(&mut self.suggested);
        if let Some(kind) = suggested.kind {
            self.kind = kind;
        }
        for group in suggested.target_groups {
            if !self.target_groups.contains(&group) {
                self.target_groups.push(group);
            }
        }
    }

    /// Forgets the suggestions, keeping the program as it is.
    pub fn reject_suggestions(&mut self) {
        self.suggested = Suggestions::default();
    }

    /// Every text of the program, for search.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        let localized = [
            &self.title,
            &self.summary,
            &self.description,
            &self.responsible_unit,
        ];
        localized
            .into_iter()
            .flat_map(Localized::texts)
            .chain(
                self.partners
                    .iter()
                    .flat_map(|p| std::iter::once(p.name.as_str()).chain(p.role.texts())),
            )
            .chain(self.indicators.iter().flat_map(|i| i.name.texts()))
            .chain(self.evidence.iter().flat_map(|e| e.title.texts()))
            .chain(self.sdg_targets.iter().map(String::as_str))
            .chain(self.origin.as_deref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moments_parse_years_and_dates() {
        assert_eq!(Moment::parse("2024"), Some(Moment::Year(2024)));
        assert_eq!(
            Moment::parse(" 2024-03-15 "),
            Some(Moment::Date {
                year: 2024,
                month: 3,
                day: 15
            })
        );
        assert_eq!(Moment::parse("2024-13-01"), None);
        assert_eq!(Moment::parse("soon"), None);
        assert_eq!(
            Moment::Date {
                year: 2024,
                month: 3,
                day: 5
            }
            .to_string(),
            "2024-03-05"
        );
    }

    #[test]
    fn indicator_progress_runs_from_baseline_to_target() {
        let mut indicator = Indicator {
            baseline: Some(10.0),
            target: Some(30.0),
            ..Indicator::default()
        };
        assert_eq!(indicator.progress(), None);
        indicator.measurements.push(Measurement {
            parts: Vec::new(),
            note: Default::default(),
            when: Moment::Year(2025),
            value: 25.0,
        });
        indicator.measurements.push(Measurement {
            parts: Vec::new(),
            note: Default::default(),
            when: Moment::Year(2024),
            value: 12.0,
        });
        assert_eq!(indicator.latest().unwrap().value, 25.0);
        assert_eq!(indicator.progress(), Some(0.75));
    }
}
