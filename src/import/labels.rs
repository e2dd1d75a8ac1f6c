//! The headings of the campaign's published profile pages, in one table so
//! that Spanish and French pages can be read by adding their labels here.

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

/// Every known heading, with the words the campaign prints for it.
pub const HEADINGS: &[(Heading, &str)] = &[
    (Heading::Region, "REGION"),
    (Heading::Country, "COUNTRY"),
    (Heading::Joined, "YEAR OF JOINING THE GLOBAL CAMPAIGN"),
    (Heading::Leader, "LOCAL / REGIONAL LEADER"),
    (Heading::Mandate, "MANDATE DURATION"),
    (Heading::Government, "TYPE OF GOVERNMENT"),
    (Heading::Population, "POPULATION RANGE"),
    (Heading::Vision, "VISION AS HUMAN RIGHTS CITY / TERRITORY"),
    (Heading::Motivations, "MOTIVATIONS TO JOIN THE CAMPAIGN"),
    (
        Heading::Policies,
        "HUMAN RIGHTS LOCAL POLICIES, MECHANISMS AND PROGRAMS",
    ),
];

/// The heading a line is, if it is one. Pages print headings in capitals, so a
/// value such as "Region" under TYPE OF GOVERNMENT is not taken for one; spacing
/// does not matter.
pub fn heading_of(line: &str) -> Option<Heading> {
    if line.to_uppercase() != line {
        return None;
    }
    let line = normalize(line);
    HEADINGS
        .iter()
        .find(|(_, label)| normalize(label) == line)
        .map(|(heading, _)| *heading)
}

/// The words printed for `heading` (the first, English, form).
pub fn label_of(heading: Heading) -> &'static str {
    HEADINGS
        .iter()
        .find(|(known, _)| *known == heading)
        .map_or("", |(_, label)| label)
}

fn normalize(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_uppercase()
}

/// Words that tell the campaign's two vision questions apart, whatever their
/// exact wording on a page.
pub const VISION_QUESTION_KEYS: [&[&str]; 2] = [
    &["local and regional governments", "essential"],
    &["relevant values", "framework"],
];
