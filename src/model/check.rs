//! What the campaign's form still lacks or gets wrong. Each finding points at
//! the field to fix, so the app can take the officer there.

use std::collections::HashSet;

use super::vocab::VISION_QUESTIONS;
use super::{Document, Localized, Mandate, ProgramId, VisionForm};

/// The first year cities could join the campaign.
pub const FIRST_CAMPAIGN_YEAR: i32 = 2022;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Wrong: the profile says something that cannot be.
    Error,
    /// Missing or incomplete.
    Warning,
}

impl Severity {
    pub fn label(self) -> &'static str {
        match self {
            Self::Error => "error",
            Self::Warning => "warning",
        }
    }
}

/// Where a finding is: a panel, and the field's label in it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Place {
    City(&'static str),
    Vision(&'static str),
    Motivations(&'static str),
    /// A policy area by position, and a field.
    Area(usize, &'static str),
    Program(ProgramId, &'static str),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub severity: Severity,
    pub message: String,
    pub place: Place,
}

/// Every finding, errors first.
pub fn check(document: &Document) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut add = |severity, place, message: String| {
        findings.push(Finding {
            severity,
            message,
            place,
        })
    };
    let lang = document.main_language();
    let city = &document.city;

    for (text, label) in [(&city.name, "City name"), (&city.country, "Country")] {
        if text.get(lang).trim().is_empty() {
            add(
                Severity::Warning,
                Place::City(label),
                format!("{label} is empty."),
            );
        }
    }
    let unset = [
        (city.region.is_none(), "Region"),
        (city.government.is_none(), "Type of government"),
        (city.population.is_none(), "Population range"),
    ];
    for (missing, label) in unset {
        if missing {
            add(
                Severity::Warning,
                Place::City(label),
                format!("{label} is not set."),
            );
        }
    }
    match city.joined {
        None => add(
            Severity::Warning,
            Place::City("Year of joining"),
            "Year of joining is not set.".into(),
        ),
        Some(year) if year < FIRST_CAMPAIGN_YEAR => add(
            Severity::Error,
            Place::City("Year of joining"),
            format!(
                "Year of joining is {year}, before the campaign began in {FIRST_CAMPAIGN_YEAR}."
            ),
        ),
        Some(_) => {}
    }
    if city.leader.name.trim().is_empty() {
        add(
            Severity::Warning,
            Place::City("Leader"),
            "The leader's name is empty.".into(),
        );
    }
    if city.leader.title.get(lang).trim().is_empty() {
        add(
            Severity::Warning,
            Place::City("Leader's title"),
            "The leader's title is empty.".into(),
        );
    }
    match &city.mandate {
        Mandate::Unknown => add(
            Severity::Warning,
            Place::City("Mandate"),
            "The mandate is not set.".into(),
        ),
        Mandate::Years { start, end } if end < start => add(
            Severity::Error,
            Place::City("Mandate"),
            format!("The mandate ends ({end}) before it starts ({start})."),
        ),
        _ => {}
    }

    let vision = &document.vision;
    match vision.form {
        VisionForm::Prose if vision.prose.get(lang).trim().is_empty() => {
            add(
                Severity::Warning,
                Place::Vision("Vision text"),
                "The vision is empty.".into(),
            );
        }
        VisionForm::Questions => {
            for (question, answer) in VISION_QUESTIONS.iter().zip(&vision.answers) {
                if answer.get(lang).trim().is_empty() {
                    add(
                        Severity::Warning,
                        Place::Vision(question),
                        format!("No answer to “{question}”"),
                    );
                }
            }
        }
        VisionForm::Prose => {}
    }
    let motivations = &document.motivations;
    if motivations.introduction.get(lang).trim().is_empty() {
        add(
            Severity::Warning,
            Place::Motivations("Introduction"),
            "The motivations have no introduction.".into(),
        );
    }
    if motivations.aims.is_empty() {
        add(
            Severity::Warning,
            Place::Motivations("Aims"),
            "The motivations list no aims.".into(),
        );
    }

    let known: HashSet<ProgramId> = document.programs.iter().map(|p| p.id).collect();
    for (index, area) in document.policies.areas.iter().enumerate() {
        let name = area_name(area.title.get(lang), index);
        if area.title.get(lang).trim().is_empty() {
            add(
                Severity::Warning,
                Place::Area(index, "Area title"),
                format!("{name} has no title."),
            );
        }
        if area.programs.is_empty() {
            add(
                Severity::Warning,
                Place::Area(index, "Add a program"),
                format!("{name} presents no programs."),
            );
        }
        for id in area.programs.iter().filter(|id| !known.contains(id)) {
            add(
                Severity::Error,
                Place::Area(index, "Add a program"),
                format!(
                    "{name} links to program #{}, which is not in the catalogue.",
                    id.0
                ),
            );
        }
    }
    for program in &document.programs {
        let title = program.title.get(lang).trim();
        let name = if title.is_empty() {
            format!("Program #{}", program.id.0)
        } else {
            format!("“{title}”")
        };
        if program.rights.is_empty() {
            add(
                Severity::Warning,
                Place::Program(program.id, "Rights"),
                format!("{name} addresses no right."),
            );
        }
        if program.target_groups.is_empty() {
            add(
                Severity::Warning,
                Place::Program(program.id, "Target groups"),
                format!("{name} names no target group."),
            );
        }
    }

    // Every text written in one content language should exist in the others.
    for other in document.languages.iter().skip(1) {
        for (text, place) in texts_with_places(document) {
            if !text.get(lang).trim().is_empty() && text.get(other).trim().is_empty() {
                add(
                    Severity::Warning,
                    place.clone(),
                    format!("{} has no text in “{other}”.", describe(&place)),
                );
            }
        }
    }
    findings.sort_by_key(|finding| finding.severity);
    findings
}

fn area_name(title: &str, index: usize) -> String {
    if title.trim().is_empty() {
        format!("Policy area {}", index + 1)
    } else {
        format!("Policy area “{}”", title.trim())
    }
}

fn describe(place: &Place) -> String {
    match place {
        Place::City(label) | Place::Vision(label) | Place::Motivations(label) => {
            (*label).to_owned()
        }
        Place::Area(index, label) => format!("{label} of policy area {}", index + 1),
        Place::Program(id, label) => format!("{label} of program #{}", id.0),
    }
}

fn texts_with_places(document: &Document) -> Vec<(&Localized, Place)> {
    let mut texts = vec![
        (&document.city.name, Place::City("City name")),
        (&document.city.country, Place::City("Country")),
        (&document.city.leader.title, Place::City("Leader's title")),
        (&document.vision.prose, Place::Vision("Vision text")),
        (
            &document.motivations.introduction,
            Place::Motivations("Introduction"),
        ),
        (&document.motivations.closing, Place::Motivations("Closing")),
    ];
    for (answer, question) in document.vision.answers.iter().zip(VISION_QUESTIONS) {
        texts.push((answer, Place::Vision(question)));
    }
    for aim in &document.motivations.aims {
        texts.push((aim, Place::Motivations("Aims")));
    }
    for (index, area) in document.policies.areas.iter().enumerate() {
        texts.push((&area.title, Place::Area(index, "Area title")));
        texts.push((&area.description, Place::Area(index, "Area description")));
    }
    for program in &document.programs {
        texts.push((&program.title, Place::Program(program.id, "Title")));
        texts.push((&program.summary, Place::Program(program.id, "Summary")));
    }
    texts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{PolicyArea, Region, TargetGroup};

    fn complete() -> Document {
        let mut doc = Document::default();
        let city = &mut doc.city;
        city.name = Localized::new("en", "Gwangju");
        city.country = Localized::new("en", "Republic of Korea");
        city.region = Some(Region::AsiaPacific);
        city.government = Some(crate::model::GovernmentType::CityMunicipality);
        city.population = Some(crate::model::PopulationRange::From1mTo5m);
        city.joined = Some(2023);
        city.leader.name = "Kang Gi-jung".into();
        city.leader.title = Localized::new("en", "Mayor");
        city.mandate = Mandate::Years {
            start: 2022,
            end: 2026,
        };
        doc.vision.prose = Localized::new("en", "Human rights first.");
        doc.motivations.introduction = Localized::new("en", "We join because…");
        doc.motivations.aims.push(Localized::new("en", "Learn"));
        let id = doc.add_program();
        doc.programs[0].rights.push(1);
        doc.programs[0].target_groups.push(TargetGroup::Women);
        doc.policies.areas.push(PolicyArea {
            title: Localized::new("en", "Equality"),
            programs: vec![id],
            ..PolicyArea::default()
        });
        doc
    }

    fn messages(doc: &Document) -> Vec<String> {
        check(doc)
            .into_iter()
            .map(|f| format!("{}: {}", f.severity.label(), f.message))
            .collect()
    }

    #[test]
    fn a_complete_profile_has_no_findings() {
        assert_eq!(messages(&complete()), Vec::<String>::new());
    }

    #[test]
    fn empty_required_fields() {
        let mut doc = complete();
        doc.city.country = Localized::default();
        doc.city.region = None;
        doc.city.leader.name.clear();
        assert_eq!(
            messages(&doc),
            [
                "warning: Country is empty.",
                "warning: Region is not set.",
                "warning: The leader's name is empty."
            ]
        );
        assert_eq!(check(&doc)[1].place, Place::City("Region"));
    }

    #[test]
    fn a_mandate_that_ends_before_it_starts() {
        let mut doc = complete();
        doc.city.mandate = Mandate::Years {
            start: 2028,
            end: 2024,
        };
        assert_eq!(
            messages(&doc),
            ["error: The mandate ends (2024) before it starts (2028)."]
        );
    }

    #[test]
    fn joining_before_2022() {
        let mut doc = complete();
        doc.city.joined = Some(2019);
        assert_eq!(
            messages(&doc),
            ["error: Year of joining is 2019, before the campaign began in 2022."]
        );
    }

    #[test]
    fn areas_without_programs_and_missing_links() {
        let mut doc = complete();
        doc.policies.areas.push(PolicyArea {
            title: Localized::new("en", "Housing"),
            ..PolicyArea::default()
        });
        doc.policies.areas[0].programs.push(ProgramId(9));
        assert_eq!(
            messages(&doc),
            [
                "error: Policy area “Equality” links to program #9, which is not in the catalogue.",
                "warning: Policy area “Housing” presents no programs.",
            ]
        );
        assert_eq!(check(&doc)[0].place, Place::Area(0, "Add a program"));
    }

    #[test]
    fn programs_without_rights_or_groups() {
        let mut doc = complete();
        doc.programs[0].rights.clear();
        doc.programs[0].target_groups.clear();
        assert_eq!(
            messages(&doc),
            [
                "warning: “New program” addresses no right.",
                "warning: “New program” names no target group."
            ]
        );
    }

    #[test]
    fn text_missing_in_a_content_language() {
        let mut doc = complete();
        doc.languages.push("es".into());
        doc.city.name.set("es", "Gwangju");
        doc.city.country.set("es", "República de Corea");
        let found = messages(&doc);
        assert!(
            found.contains(&"warning: Leader's title has no text in “es”.".to_owned()),
            "{found:?}"
        );
        assert!(
            !found
                .iter()
                .any(|m| m.starts_with("warning: City name has"))
        );
    }
}
