//! The headings of the campaign's published profile pages, in one table for
//! the three languages.

use crate::i18n::Language;

/// Which part of the form a heading introduces.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Heading {
    Region,
    Country,
    Joined,
    Leader,
    Mandate,
    Government,
    Population,
    Vision,
    Motivations,
    Policies,
}

/// Every known heading, with the words printed for it in English, Spanish
/// and French (the order of `Language::ALL`). The English ones are the
/// campaign's own; the Spanish and French ones are Carta's translation of
/// them, written by the text export and read back by the import.
pub const HEADINGS: &[(Heading, [&str; 3])] = &[
    (Heading::Region, ["REGION", "REGIÓN", "RÉGION"]),
    (Heading::Country, ["COUNTRY", "PAÍS", "PAYS"]),
    (
        Heading::Joined,
        [
            "YEAR OF JOINING THE GLOBAL CAMPAIGN",
            "AÑO DE ADHESIÓN A LA CAMPAÑA MUNDIAL",
            "ANNÉE D'ADHÉSION À LA CAMPAGNE MONDIALE",
        ],
    ),
    (
        Heading::Leader,
        [
            "LOCAL / REGIONAL LEADER",
            "AUTORIDAD LOCAL / REGIONAL",
            "AUTORITÉ LOCALE / RÉGIONALE",
        ],
    ),
    (
        Heading::Mandate,
        [
            "MANDATE DURATION",
            "DURACIÓN DEL MANDATO",
            "DURÉE DU MANDAT",
        ],
    ),
    (
        Heading::Government,
        [
            "TYPE OF GOVERNMENT",
            "TIPO DE GOBIERNO",
            "TYPE DE GOUVERNEMENT",
        ],
    ),
    (
        Heading::Population,
        [
            "POPULATION RANGE",
            "RANGO DE POBLACIÓN",
            "TRANCHE DE POPULATION",
        ],
    ),
    (
        Heading::Vision,
        [
            "VISION AS HUMAN RIGHTS CITY / TERRITORY",
            "VISIÓN COMO CIUDAD / TERRITORIO DE DERECHOS HUMANOS",
            "VISION EN TANT QUE VILLE / TERRITOIRE DES DROITS HUMAINS",
        ],
    ),
    (
        Heading::Motivations,
        [
            "MOTIVATIONS TO JOIN THE CAMPAIGN",
            "MOTIVACIONES PARA SUMARSE A LA CAMPAÑA",
            "MOTIVATIONS POUR REJOINDRE LA CAMPAGNE",
        ],
    ),
    (
        Heading::Policies,
        [
            "HUMAN RIGHTS LOCAL POLICIES, MECHANISMS AND PROGRAMS",
            "POLÍTICAS, MECANISMOS Y PROGRAMAS LOCALES DE DERECHOS HUMANOS",
            "POLITIQUES, MÉCANISMES ET PROGRAMMES LOCAUX DES DROITS HUMAINS",
        ],
    ),
];

/// The heading a line is, if it is one, and the language it is written in.
/// Pages print headings in capitals, so a value such as "Region" under TYPE OF
/// GOVERNMENT is not taken for one; spacing does not matter.
pub fn heading_of(line: &str) -> Option<(Heading, Language)> {
    if line.to_uppercase() != line {
        return None;
    }
    let line = normalize(line);
    HEADINGS.iter().find_map(|(heading, labels)| {
        let index = labels.iter().position(|label| normalize(label) == line)?;
        Some((*heading, Language::ALL[index]))
    })
}

/// The words printed for `heading` in `language`.
pub fn label_of(heading: Heading, language: Language) -> &'static str {
    let index = Language::ALL
        .iter()
        .position(|known| *known == language)
        .unwrap_or(0);
    HEADINGS
        .iter()
        .find(|(known, _)| *known == heading)
        .map_or("", |(_, labels)| labels[index])
}

fn normalize(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_uppercase()
}

/// Words that tell the campaign's two vision questions apart, whatever their
/// exact wording on a page, in English, Spanish and French.
pub const VISION_QUESTION_KEYS: [&[&str]; 2] = [
    &[
        "local and regional governments",
        "essential",
        "gobiernos locales y regionales",
        "gouvernements locaux et régionaux",
    ],
    &[
        "relevant values",
        "framework",
        "valores pertinentes",
        "valeurs pertinentes",
    ],
];
