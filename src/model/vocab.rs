//! Fixed vocabularies of the campaign's form and of international frameworks.
//!
//! Facts come from public sources (the Universal Declaration of Human Rights and
//! the UN Sustainable Development Goals); the short titles are our own wording.

use serde::{Deserialize, Serialize};

use super::Words;
use super::{ItemId, Localized};

/// How many articles the Universal Declaration of Human Rights has.
pub const UDHR_ARTICLE_COUNT: u8 = 30;

/// How many Sustainable Development Goals there are.
pub const SDG_COUNT: u8 = 17;

/// The short title of UDHR article `number` (1–30) in `words`.
pub fn udhr_title(words: impl Words, number: u8) -> Option<String> {
    (1..=UDHR_ARTICLE_COUNT)
        .contains(&number)
        .then(|| words.phrase(&format!("udhr-{number}"), &[]))
}

/// The name of SDG `number` (1–17) in `words`.
pub fn sdg_name(words: impl Words, number: u8) -> Option<String> {
    (1..=SDG_COUNT)
        .contains(&number)
        .then(|| words.phrase(&format!("sdg-{number}"), &[]))
}

/// The campaign's question `index` (0 or 1) about the vision, in `words`.
pub fn vision_question(words: impl Words, index: usize) -> String {
    words.phrase(&format!("vision-question-{}", index + 1), &[])
}

/// A fixed list with an "Other…" escape: every variant can be listed and labelled.
pub trait Vocabulary: Sized + Clone + PartialEq + 'static {
    /// The known values, in the order the campaign's form lists them.
    const KNOWN: &'static [Self];
    /// The message id of a known value's label in the Fluent files.
    fn key(&self) -> Option<&'static str>;

    /// The label of a value in `words`; an "Other…" value is the officer's text.
    fn name(&self, words: impl Words) -> String {
        match self.key() {
            Some(key) => words.phrase(key, &[]),
            None => self.other_text().unwrap_or_default().to_owned(),
        }
    }

    /// The label as data, said later in the interface's words.
    fn said(&self) -> super::said::Part {
        match self.key() {
            Some(key) => super::said::Said::new(key).into(),
            None => self.other_text().unwrap_or_default().into(),
        }
    }

    /// Where a known value stands in the form's list (an "Other…" value
    /// after them all), for sorting in the form's order.
    fn rank(&self) -> usize {
        Self::KNOWN
            .iter()
            .position(|known| known == self)
            .unwrap_or(Self::KNOWN.len())
    }

    /// The known value whose name, in any of `languages` and in any case,
    /// is `text`: "Mujeres", "femmes" and "Women" are one group.
    fn known_named<W: Words>(text: &str, languages: &[W]) -> Option<Self> {
        let text = text.trim().to_lowercase();
        Self::KNOWN
            .iter()
            .find(|known| {
                (languages.iter()).any(|language| known.name(*language).to_lowercase() == text)
            })
            .cloned()
    }
    /// The known value a page means by `text`, in any of `languages`: its
    /// label in other accents, capitals or punctuation, one part of a label
    /// written "A / B" ("Region" for "Region / State"), or the same numbers
    /// ("1,000,000" for "1 million"). `None` when nothing fits.
    fn matching<W: Words>(text: &str, languages: &[W]) -> Option<Self> {
        use super::wording::{numbers, same};
        if let Some(known) = Self::known_named(text, languages) {
            return Some(known);
        }
        let names = |known: &Self| {
            (languages.iter())
                .map(|language| known.name(*language))
                .collect::<Vec<_>>()
                .into_iter()
        };
        let parts = |text: &str| {
            text.split('/')
                .map(str::trim)
                .filter(|part| !part.is_empty())
                .map(str::to_owned)
                .collect::<Vec<_>>()
        };
        let asked = parts(text);
        let worded = Self::KNOWN.iter().find(|known| {
            names(known).any(|name| {
                same(&name, text)
                    || (parts(&name).iter()).any(|part| asked.iter().any(|a| same(part, a)))
            })
        });
        if let Some(known) = worded {
            return Some(known.clone());
        }
        let counted = numbers(text);
        if counted.is_empty() {
            return None;
        }
        Self::KNOWN
            .iter()
            .find(|known| names(known).any(|name| numbers(&name) == counted))
            .cloned()
    }
    /// A value the list does not know, written by the officer.
    fn other(text: String) -> Self;
    /// The officer's own text, when this is the "Other…" value.
    fn other_text(&self) -> Option<&str>;
    /// The officer's own text, to change in place.
    fn other_text_mut(&mut self) -> Option<&mut String>;
}

macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident $prefix:literal { $($variant:ident,)* }) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
        pub enum $name {
            $($variant,)*
            /// Not in the list: the officer's own words.
            Other(#[serde(deserialize_with = "crate::model::localized::bounded")] String),
        }

        impl Vocabulary for $name {
            const KNOWN: &'static [Self] = &[$(Self::$variant,)*];

            fn key(&self) -> Option<&'static str> {
                match self {
                    $(Self::$variant => Some(concat!($prefix, "-", stringify!($variant))),)*
                    Self::Other(_) => None,
                }
            }

            fn other(text: String) -> Self {
                Self::Other(text)
            }

            fn other_text(&self) -> Option<&str> {
                match self {
                    Self::Other(text) => Some(text),
                    _ => None,
                }
            }

            fn other_text_mut(&mut self) -> Option<&mut String> {
                match self {
                    Self::Other(text) => Some(text),
                    _ => None,
                }
            }
        }
    };
}

vocabulary! {
    /// UCLG world regions.
    Region "region" {
        Africa,
        AsiaPacific,
        Eurasia,
        Europe,
        LatinAmerica,
        MiddleEastWestAsia,
        NorthAmerica,
    }
}

vocabulary! {
    /// The kind of government that joined the campaign.
    GovernmentType "government-type" {
        CityMunicipality,
        Metropolitan,
        Intermunicipal,
        Province,
        Region,
    }
}

vocabulary! {
    /// The campaign's population bands.
    PopulationRange "population-range" {
        Below50k,
        From50kTo250k,
        From250kTo1m,
        From1mTo5m,
        Above5m,
        Supralocal,
    }
}

vocabulary! {
    /// What kind of public action a catalogue entry is.
    ProgramKind "program-kind" {
        Program,
        Policy,
        Mechanism,
        Office,
        Training,
        Campaign,
        Plan,
        Service,
    }
}

vocabulary! {
    /// Groups of people a program is meant for.
    TargetGroup "target-group" {
        Migrants,
        Refugees,
        OlderAdults,
        PersonsWithDisabilities,
        ChildrenAndAdolescents,
        YoungPeople,
        Women,
        Lgbtiq,
        IndigenousPeoples,
        Homeless,
        Poverty,
        Minorities,
        MunicipalStaff,
        AllResidents,
    }
}

/// Where a program stands. A closed list: the campaign compares cities on it.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
pub enum ProgramStatus {
    Planned,
    #[default]
    Active,
    Paused,
    Completed,
    Discontinued,
}

impl ProgramStatus {
    pub const ALL: [Self; 5] = [
        Self::Planned,
        Self::Active,
        Self::Paused,
        Self::Completed,
        Self::Discontinued,
    ];

    /// The status's label in `words`.
    pub fn name(self, words: impl Words) -> String {
        words.phrase(&format!("program-status-{self:?}"), &[])
    }
}

/// Who may see a program: internal ones never leave the office (exports, slides).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
pub enum Visibility {
    #[default]
    Public,
    Internal,
}

/// A partner organisation and what it does in a program.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default)]
pub struct Partner {
    /// Who this item is across copies (see `item_id`); 0 until given.
    #[serde(default, skip_serializing_if = "ItemId::is_unset")]
    pub id: ItemId,
    #[serde(deserialize_with = "crate::model::localized::bounded")]
    pub name: String,
    pub role: Localized,
}

#[cfg(test)]
mod tests {
    use super::*;
    // The model's words come from the language table in use.
    use crate::i18n::{self, Language};

    fn all_named<T: Vocabulary>() {
        for value in T::KNOWN {
            let key = value.key().unwrap();
            for language in Language::built_in() {
                assert!(i18n::has(language, key), "{language:?} lacks {key}");
            }
        }
    }

    #[test]
    fn every_value_of_every_list_is_named_in_every_language() {
        all_named::<Region>();
        all_named::<GovernmentType>();
        all_named::<PopulationRange>();
        all_named::<ProgramKind>();
        all_named::<TargetGroup>();
        for language in Language::built_in() {
            for status in ProgramStatus::ALL {
                assert!(!status.name(language).starts_with("program-status-"));
            }
            for kind in crate::model::IndicatorKind::ALL {
                assert!(!kind.name(language).starts_with("indicator-kind-"));
            }
            for index in 0..2 {
                assert!(!vision_question(language, index).starts_with("vision-question-"));
            }
        }
        assert_eq!(
            Region::LatinAmerica.name(Language::SPANISH),
            "América Latina"
        );
        assert_eq!(
            TargetGroup::Other("Pescadores".into()).name(Language::FRENCH),
            "Pescadores"
        );
    }
}
