//! The embedded profile holds every fact of the campaign's published San Antonio page.

use carta::model::*;
use carta::store;

const SAMPLE: &str = include_str!("../data/san-antonio-chile.txt");

/// The sample's header labels: they are the form's, not San Antonio's facts.
const LABELS: [&str; 9] = [
    "REGION",
    "COUNTRY",
    "YEAR OF JOINING THE GLOBAL CAMPAIGN",
    "LOCAL / REGIONAL LEADER",
    "MANDATE DURATION",
    "TYPE OF GOVERNMENT",
    "POPULATION RANGE",
    "VISION AS HUMAN RIGHTS CITY / TERRITORY",
    "MOTIVATIONS TO JOIN THE CAMPAIGN",
];

fn profile() -> Document {
    store::parse(store::EMBEDDED_PROFILE, "<embedded>").expect("embedded profile is valid")
}

#[test]
fn header_facts() {
    let doc = profile();
    let city = &doc.city;
    assert_eq!(city.display_name("en"), "San Antonio (Chile)");
    assert_eq!(city.country.get("en"), "Chile");
    assert_eq!(
        city.region
            .as_ref()
            .map(|value| value.name(carta::i18n::Language::ENGLISH))
            .as_deref(),
        Some("Latin America")
    );
    assert_eq!(city.joined, Some(2022));
    assert_eq!(city.leader.name, "Omar Vera Castro");
    assert_eq!(city.leader.title.get("en"), "Mayor");
    assert_eq!(
        city.mandate,
        Mandate::Years {
            start: 2024,
            end: 2028
        }
    );
    assert_eq!(
        city.government
            .as_ref()
            .map(|value| value.name(carta::i18n::Language::ENGLISH))
            .as_deref(),
        Some("City/Municipality")
    );
    assert_eq!(
        city.population
            .as_ref()
            .map(|value| value.name(carta::i18n::Language::ENGLISH))
            .as_deref(),
        Some("Cities between 50,000 and 250,000 inhabitants")
    );
}

#[test]
fn motivation_aims_are_the_bullets_of_the_motivations_section() {
    let doc = profile();
    let section = section_between(
        SAMPLE,
        "MOTIVATIONS TO JOIN THE CAMPAIGN",
        "HUMAN RIGHTS LOCAL POLICIES",
    );
    let bullets = bullets(section);
    assert_eq!(bullets.len(), 3);
    let aims: Vec<&str> = doc
        .motivations
        .aims
        .iter()
        .map(|aim| aim.get("en"))
        .collect();
    assert_eq!(aims, bullets);
}

#[test]
fn each_policy_area_and_item() {
    let doc = profile();
    let section = section_between(SAMPLE, "HUMAN RIGHTS LOCAL POLICIES", "\u{0}");
    let titles: Vec<&str> = section
        .lines()
        .filter_map(|line| line.trim().strip_prefix("1. "))
        .collect();
    let areas: Vec<&str> = doc
        .policies
        .areas
        .iter()
        .map(|area| area.title.get("en"))
        .collect();
    assert_eq!(areas, titles);
    // Each bullet under a policy area is a program of the catalogue, linked to that area.
    let chunks: Vec<&str> = section.split("  1. ").skip(1).collect();
    assert_eq!(chunks.len(), doc.policies.areas.len());
    for (area, chunk) in doc.policies.areas.iter().zip(chunks) {
        let items = bullets(chunk);
        assert_eq!(
            items.len(),
            area.programs.len(),
            "items of {}",
            area.title.get("en")
        );
        for (item, id) in items.iter().zip(&area.programs) {
            let program = doc.program(*id).expect("linked program exists");
            let (title, summary) = (program.title.get("en"), program.summary.get("en"));
            let as_published = format!("{title}: {summary}");
            assert!(
                *item == summary || *item == as_published,
                "item {item:?} is not program {title:?}"
            );
        }
    }
}

#[test]
fn every_sentence_of_the_sample_is_in_the_profile() {
    let ron = store::to_ron(&profile()).unwrap();
    let title = SAMPLE.lines().next().unwrap();
    for line in SAMPLE.lines().skip(1) {
        let line = line.trim().trim_start_matches('•').trim();
        let line = line.strip_prefix("1. ").unwrap_or(line);
        if line.is_empty() || LABELS.contains(&line) || line.starts_with("HUMAN RIGHTS LOCAL") {
            continue;
        }
        let known_labels = [
            "Latin America",
            "City/Municipality",
            "Cities between 50,000 and 250,000 inhabitants",
            "2024 - 2028",
            "Omar Vera Castro, Mayor",
        ];
        if known_labels.contains(&line) {
            continue; // checked field by field in `header_facts`
        }
        let text = line
            .split_once(": ")
            .filter(|(head, _)| head.len() < 40)
            .map_or(line, |(_, rest)| rest);
        assert!(ron.contains(text), "missing from the profile: {line:?}");
    }
    assert_eq!(profile().city.display_name("en"), title.trim());
}

fn section_between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text.find(start).expect("section start") + start.len();
    let rest = &text[from..];
    rest.find(end).map_or(rest, |to| &rest[..to])
}

fn bullets(text: &str) -> Vec<&str> {
    text.lines()
        .filter_map(|line| line.trim().strip_prefix('•'))
        .map(str::trim)
        .collect()
}
