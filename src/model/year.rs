//! What a city records over its years: how often an indicator is reported
//! and what it is broken down by, the officer's yearly review of each
//! program, and the profile's own record of each year (the report's
//! introduction, the public consultations, the council's adoption).
//!
//! The words follow OHCHR's human-rights indicators (disaggregation by the
//! grounds of discrimination) and the Global Charter-Agenda's follow-up
//! (regular public consultations, a council vote on every review).

use serde::{Deserialize, Serialize};

use super::{Localized, Moment};

/// How often an indicator is reported.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
pub enum Frequency {
    #[default]
    Yearly,
    TwiceAYear,
    Quarterly,
}

impl Frequency {
    pub const ALL: [Self; 3] = [Self::Yearly, Self::TwiceAYear, Self::Quarterly];

    pub fn is_yearly(&self) -> bool {
        *self == Self::Yearly
    }

    /// Its message id ("frequency-Yearly").
    pub fn key(self) -> String {
        format!("frequency-{self:?}")
    }
}

/// What an indicator's values or a program's beneficiaries are broken down by.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
pub enum Dimension {
    Sex,
    AgeGroup,
    Disability,
    MigrationStatus,
    District,
    /// The city's own ("neighbourhood council", "language spoken at home").
    Other(String),
}

impl Dimension {
    pub const KNOWN: [Self; 5] = [
        Self::Sex,
        Self::AgeGroup,
        Self::Disability,
        Self::MigrationStatus,
        Self::District,
    ];

    /// Its message id ("dimension-Sex"); `None` for the city's own.
    pub fn key(&self) -> Option<String> {
        match self {
            Self::Other(_) => None,
            known => Some(format!("dimension-{known:?}")),
        }
    }
}

/// One category's value of a breakdown: women 230 of a measurement of 512.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Part {
    pub dimension: Dimension,
    /// "Women", "65 and over", "District 4".
    #[serde(deserialize_with = "super::localized::bounded")]
    pub category: String,
    pub value: f64,
}

/// The officer's judgement of a program's year: hers, never computed.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
pub enum Rating {
    OnTrack,
    SomeProgress,
    OffTrack,
    NotStarted,
    #[default]
    NoData,
}

impl Rating {
    pub const ALL: [Self; 5] = [
        Self::OnTrack,
        Self::SomeProgress,
        Self::OffTrack,
        Self::NotStarted,
        Self::NoData,
    ];

    /// Its message id ("rating-OnTrack").
    pub fn key(self) -> String {
        format!("rating-{self:?}")
    }

    /// As the JSON report writes it: as the profile file does ("OnTrack").
    pub fn code(self) -> &'static str {
        match self {
            Self::OnTrack => "OnTrack",
            Self::SomeProgress => "SomeProgress",
            Self::OffTrack => "OffTrack",
            Self::NotStarted => "NotStarted",
            Self::NoData => "NoData",
        }
    }
}

/// A program's year as the officer reviews it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default)]
pub struct Review {
    pub year: i32,
    pub rating: Rating,
    pub achieved: Localized,
    pub difficulties: Localized,
    pub next_steps: Localized,
}

/// A public consultation held in the year.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default)]
pub struct Consultation {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub when: Option<Moment>,
    /// Who took part: "120 residents, 14 associations".
    pub who: Localized,
    /// What came out of it.
    pub outcome: Localized,
}

/// The profile's record of one year, for that year's report.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default)]
pub struct YearRecord {
    pub year: i32,
    /// The report's opening words.
    pub introduction: Localized,
    pub consultations: Vec<Consultation>,
    /// When the council adopted the year's review.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub adopted: Option<Moment>,
    /// The slides end with this year in review (the latest year so marked).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub in_slides: bool,
}
