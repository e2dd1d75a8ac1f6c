//! The headings of the campaign's published profile pages, in one table for
//! the three languages.

use crate::i18n::Language;
use crate::model::wording;

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

/// Every known heading and the wordings pages print for it, in English,
/// Spanish and French (the order of `Language::ALL`). The first wording of
/// each language is the one the text export writes: the campaign's own where
/// its pages were seen (English; French, spelled right), else Carta's
/// translation. The others are variants seen on the campaign's pages; small
/// typos, accents, plurals and punctuation need no entry (`wording::same`).
pub const HEADINGS: &[(Heading, [&[&str]; 3])] = &[
    (Heading::Region, [&["REGION"], &["REGIÓN"], &["RÉGION"]]),
    (Heading::Country, [&["COUNTRY"], &["PAÍS"], &["PAYS"]]),
    (
        Heading::Joined,
        [
            &["YEAR OF JOINING THE GLOBAL CAMPAIGN"],
            &["AÑO DE ADHESIÓN A LA CAMPAÑA MUNDIAL"],
            &["ANNÉE D'ADHÉSION À LA CAMPAGNE MONDIALE"],
        ],
    ),
    (
        Heading::Leader,
        [
            &["LOCAL / REGIONAL LEADER"],
            &["AUTORIDAD LOCAL / REGIONAL", "LÍDER LOCAL / REGIONAL"],
            &["LEADER LOCAL / RÉGIONAL", "AUTORITÉ LOCALE / RÉGIONALE"],
        ],
    ),
    (
        Heading::Mandate,
        [
            &["MANDATE DURATION"],
            &["DURACIÓN DEL MANDATO"],
            &["DURÉE DU MANDAT"],
        ],
    ),
    (
        Heading::Government,
        [
            &["TYPE OF GOVERNMENT"],
            &["TIPO DE GOBIERNO"],
            &["TYPE DE GOUVERNEMENT"],
        ],
    ),
    (
        Heading::Population,
        [
            &["POPULATION RANGE"],
            &["RANGO DE POBLACIÓN"],
            &["ÉTENDUE DE LA POPULATION", "TRANCHE DE POPULATION"],
        ],
    ),
    (
        Heading::Vision,
        [
            &["VISION AS HUMAN RIGHTS CITY / TERRITORY"],
            &["VISIÓN COMO CIUDAD / TERRITORIO DE DERECHOS HUMANOS"],
            &[
                "VISION EN TANT QUE VILLE / TERRITOIRE DES DROITS HUMAINS",
                "VISION EN TANT QUE VILLES / TERRITOIRE DES DROITS HUMAINS",
            ],
        ],
    ),
    (
        Heading::Motivations,
        [
            &["MOTIVATIONS TO JOIN THE CAMPAIGN"],
            &["MOTIVACIONES PARA SUMARSE A LA CAMPAÑA"],
            &["MOTIVATIONS POUR REJOINDRE LA CAMPAGNE"],
        ],
    ),
    (
        Heading::Policies,
        [
            &["HUMAN RIGHTS LOCAL POLICIES, MECHANISMS AND PROGRAMS"],
            &["POLÍTICAS, MECANISMOS Y PROGRAMAS LOCALES DE DERECHOS HUMANOS"],
            &["POLITIQUES, MÉCANISMES ET PROGRAMMES LOCAUX DES DROITS HUMAINS"],
        ],
    ),
];

/// The heading a line is, if it is one, and the language it is written in.
/// Pages print headings in capitals, so a value such as "Region" under TYPE OF
/// GOVERNMENT is not taken for one; accents, spacing, punctuation, plurals
/// and a typo in a dozen letters do not matter.
pub fn heading_of(line: &str) -> Option<(Heading, Language)> {
    let line = line.trim();
    if line.is_empty() || line.to_uppercase() != line || !line.chars().any(char::is_alphabetic) {
        return None;
    }
    // Exact wordings first, accents kept ("REGION" is English, "RÉGION"
    // French): a typo allowance must not let one heading take another's.
    let spaced = |text: &str| {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|word| !word.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let exact = |a: &str, b: &str| spaced(a) == spaced(b);
    for matches in [&exact as &dyn Fn(&str, &str) -> bool, &wording::same] {
        for (heading, wordings) in HEADINGS {
            for (index, words) in wordings.iter().enumerate() {
                if words.iter().any(|label| matches(label, line)) {
                    return Some((*heading, Language::ALL[index]));
                }
            }
        }
    }
    None
}

/// The words the text export prints for `heading` in `language`.
pub fn label_of(heading: Heading, language: Language) -> &'static str {
    let index = Language::ALL
        .iter()
        .position(|known| *known == language)
        .unwrap_or(0);
    HEADINGS
        .iter()
        .find(|(known, _)| *known == heading)
        .and_then(|(_, wordings)| wordings[index].first().copied())
        .unwrap_or("")
}

/// Words that tell the campaign's two vision questions apart, whatever their
/// exact wording on a page ("fulfilling", "upholding", "realizing"; "local
/// and regional governments", "the role of local authorities"…), per language
/// (the order of `Language::ALL`), compared without accents or capitals.
pub const VISION_QUESTION_KEYS: [[&[&str]; 3]; 2] = [
    [
        &[
            "local and regional government",
            "local and regional authoritie",
            "role of local authoritie",
            "essential",
        ],
        &[
            "gobiernos locales y regionales",
            "autoridades locales",
            "esenciale",
        ],
        &[
            "gouvernements locaux et regionaux",
            "collectivites territoriale",
            "essentiel",
        ],
    ],
    [
        &["relevant value", "useful framework"],
        &["valores relevante", "marco util"],
        &["valeurs pertinente", "cadre utile"],
    ],
];

/// Which of the campaign's vision questions `line` is (0 or 1), and its
/// language: a line ending with "?" holding the question's words.
pub fn vision_question_of(line: &str) -> Option<(usize, Language)> {
    let line = line.trim();
    if !line.ends_with('?') {
        return None;
    }
    let key = wording::key(line);
    for (question, languages) in VISION_QUESTION_KEYS.iter().enumerate() {
        for (index, keys) in languages.iter().enumerate() {
            if keys.iter().any(|k| key.contains(&wording::key(k))) {
                return Some((question, Language::ALL[index]));
            }
        }
    }
    None
}
