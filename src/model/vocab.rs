//! Fixed vocabularies of the campaign's form and of international frameworks.
//!
//! Facts come from public sources (the Universal Declaration of Human Rights and
//! the UN Sustainable Development Goals); the short titles are our own wording.

use serde::{Deserialize, Serialize};

use super::Localized;

/// Short titles of the 30 articles of the Universal Declaration of Human Rights.
pub const UDHR_ARTICLES: [&str; 30] = [
    "Free and equal in dignity and rights",
    "Freedom from discrimination",
    "Right to life, liberty and security",
    "Freedom from slavery",
    "Freedom from torture and degrading treatment",
    "Recognition as a person before the law",
    "Equality before the law",
    "Right to an effective remedy",
    "Freedom from arbitrary arrest and exile",
    "Right to a fair public hearing",
    "Presumption of innocence",
    "Right to privacy",
    "Freedom of movement",
    "Right to asylum",
    "Right to a nationality",
    "Right to marry and found a family",
    "Right to own property",
    "Freedom of thought, conscience and religion",
    "Freedom of opinion and expression",
    "Freedom of assembly and association",
    "Right to take part in government",
    "Right to social security",
    "Right to work and fair conditions",
    "Right to rest and leisure",
    "Right to an adequate standard of living",
    "Right to education",
    "Right to take part in cultural life",
    "Right to a social and international order",
    "Duties to the community",
    "No one may destroy these rights",
];

/// Names of the 17 Sustainable Development Goals.
pub const SDGS: [&str; 17] = [
    "No poverty",
    "Zero hunger",
    "Good health and well-being",
    "Quality education",
    "Gender equality",
    "Clean water and sanitation",
    "Affordable and clean energy",
    "Decent work and economic growth",
    "Industry, innovation and infrastructure",
    "Reduced inequalities",
    "Sustainable cities and communities",
    "Responsible consumption and production",
    "Climate action",
    "Life below water",
    "Life on land",
    "Peace, justice and strong institutions",
    "Partnerships for the goals",
];

/// The short title of UDHR article `number` (1–30).
pub fn udhr_title(number: u8) -> Option<&'static str> {
    UDHR_ARTICLES
        .get(usize::from(number).checked_sub(1)?)
        .copied()
}

/// The name of SDG `number` (1–17).
pub fn sdg_name(number: u8) -> Option<&'static str> {
    SDGS.get(usize::from(number).checked_sub(1)?).copied()
}

/// A fixed list with an "Other…" escape: every variant can be listed and labelled.
pub trait Vocabulary: Sized + Clone + PartialEq + 'static {
    /// The known values, in the order the campaign's form lists them.
    const KNOWN: &'static [Self];
    /// The English label of a value.
    fn label(&self) -> &str;
    /// A value the list does not know, written by the officer.
    fn other(text: String) -> Self;
    /// The officer's own text, when this is the "Other…" value.
    fn other_text(&self) -> Option<&str>;
}

macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $label:literal,)* }) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum $name {
            $($variant,)*
            /// Not in the list: the officer's own words.
            Other(String),
        }

        impl Vocabulary for $name {
            const KNOWN: &'static [Self] = &[$(Self::$variant,)*];

            fn label(&self) -> &str {
                match self {
                    $(Self::$variant => $label,)*
                    Self::Other(text) => text,
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
        }
    };
}

vocabulary! {
    /// UCLG world regions.
    Region {
        Africa => "Africa",
        AsiaPacific => "Asia-Pacific",
        Eurasia => "Eurasia",
        Europe => "Europe",
        LatinAmerica => "Latin America",
        MiddleEastWestAsia => "Middle East and West Asia",
        NorthAmerica => "North America",
    }
}

vocabulary! {
    /// The kind of government that joined the campaign.
    GovernmentType {
        CityMunicipality => "City/Municipality",
        Metropolitan => "Metropolitan government",
        Intermunicipal => "Association of municipalities",
        Province => "Province / Department",
        Region => "Region / State",
    }
}

vocabulary! {
    /// The campaign's population bands.
    PopulationRange {
        Below50k => "Cities with fewer than 50,000 inhabitants",
        From50kTo250k => "Cities between 50,000 and 250,000 inhabitants",
        From250kTo1m => "Cities between 250,000 and 1 million inhabitants",
        From1mTo5m => "Cities between 1 and 5 million inhabitants",
        Above5m => "Cities with more than 5 million inhabitants",
        Supralocal => "Supralocal, regional, provincial governments",
    }
}

vocabulary! {
    /// What kind of public action a catalogue entry is.
    ProgramKind {
        Program => "Program",
        Policy => "Policy",
        Mechanism => "Mechanism",
        Office => "Office",
        Training => "Training",
        Campaign => "Campaign",
        Plan => "Plan",
        Service => "Service",
    }
}

vocabulary! {
    /// Groups of people a program is meant for.
    TargetGroup {
        Migrants => "Migrants",
        Refugees => "Refugees and asylum seekers",
        OlderAdults => "Older adults",
        PersonsWithDisabilities => "Persons with disabilities",
        ChildrenAndAdolescents => "Children and adolescents",
        YoungPeople => "Young people",
        Women => "Women",
        Lgbtiq => "LGBTIQ+ people",
        IndigenousPeoples => "Indigenous peoples",
        Homeless => "People experiencing homelessness",
        Poverty => "People living in poverty",
        Minorities => "Ethnic and religious minorities",
        MunicipalStaff => "Municipal staff",
        AllResidents => "All residents",
    }
}

/// Where a program stands. A closed list: the campaign compares cities on it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
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

    pub fn label(self) -> &'static str {
        match self {
            Self::Planned => "Planned",
            Self::Active => "Active",
            Self::Paused => "Paused",
            Self::Completed => "Completed",
            Self::Discontinued => "Discontinued",
        }
    }
}

/// Who may see a program: internal ones never leave the office (exports, slides).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Visibility {
    #[default]
    Public,
    Internal,
}

/// The two questions the campaign's form asks about the vision.
pub const VISION_QUESTIONS: [&str; 2] = [
    "Why are local and regional governments essential for promoting, fulfilling, and respecting human rights?",
    "Why are human rights relevant values and a useful framework for guiding local action?",
];

/// A partner organisation and what it does in a program.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Partner {
    pub name: String,
    pub role: Localized,
}
