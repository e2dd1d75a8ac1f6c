//! What the campaign's form still lacks or gets wrong. Each finding points at
//! the field to fix, so the app can take the officer there.

use std::collections::HashSet;

use super::Words;
use super::said::{Part, Said, Title};
pub use super::translation::{Place, VISION_QUESTION_KEYS};
use super::translation::{for_each_text, is_untranslated};
use super::{Document, Mandate, Program, ProgramId, Visibility, VisionForm};

/// The first year cities could join the campaign.
pub const FIRST_CAMPAIGN_YEAR: i32 = 2022;

/// The year the campaign aims to reach a thousand cities.
pub const CAMPAIGN_GOAL_YEAR: i32 = 2030;

/// A year of joining after this is surely a typing slip (20230 for 2023):
/// the campaign runs to 2030, and a city may still join some years later.
pub const LAST_PLAUSIBLE_JOINING_YEAR: i32 = 2050;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Wrong: the profile says something that cannot be.
    Error,
    /// Missing or incomplete.
    Warning,
}

impl Severity {
    /// The phrase naming it: "error" or "warning".
    pub fn key(self) -> &'static str {
        match self {
            Self::Error => "severity-error",
            Self::Warning => "severity-warning",
        }
    }

    /// "error" or "warning", in `language`.
    pub fn name(self, language: impl Words) -> String {
        language.phrase(self.key(), &[])
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub severity: Severity,
    /// What is wrong, as data: the interface says it in its own words.
    pub message: Said,
    pub place: Place,
    /// The content language the finding is about, when it is a missing translation.
    pub lang: Option<String>,
}

/// Every finding, errors first. Nothing in it depends on the interface's
/// language: switching it says the same findings again, it checks nothing.
pub fn check(document: &Document) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut add = |severity, place, message: Said| {
        findings.push(Finding {
            severity,
            message,
            place,
            lang: None,
        });
    };
    let lang = document.main_language();
    // Areas and programs are named in the officer's language when the
    // profile has it ("Enfoque transversal", not "Cross-Cutting Approach").
    let languages = &document.languages;
    let city = &document.city;

    let field = |key: &'static str| Said::new(key);
    let empty = [
        (city.name.get(lang).trim().is_empty(), "field-city-name"),
        (city.country.get(lang).trim().is_empty(), "field-country"),
        (city.leader.name.trim().is_empty(), "field-leader"),
        (
            city.leader.title.get(lang).trim().is_empty(),
            "field-leader-title",
        ),
    ];
    for (missing, key) in empty {
        if missing {
            let message = crate::said!("check-empty", field = field(key));
            add(Severity::Warning, Place::City(key), message);
        }
    }
    let unset = [
        (city.region.is_none(), "field-region"),
        (city.government.is_none(), "field-government"),
        (city.population.is_none(), "field-population"),
        (city.joined.is_none(), "field-joined"),
        (matches!(city.mandate, Mandate::Unknown), "field-mandate"),
    ];
    for (missing, key) in unset {
        if missing {
            let message = crate::said!("check-not-set", field = field(key));
            add(Severity::Warning, Place::City(key), message);
        }
    }
    // Years go in as text: they are names of years, not quantities to format.
    if let Some(year) = city.joined
        && year < FIRST_CAMPAIGN_YEAR
    {
        let (year, first) = (year.to_string(), FIRST_CAMPAIGN_YEAR.to_string());
        let message = crate::said!("check-joined-early", year = year, first = first);
        add(Severity::Error, Place::City("field-joined"), message);
    }
    if let Some(year) = city.joined
        && year > LAST_PLAUSIBLE_JOINING_YEAR
    {
        let (year, goal) = (year.to_string(), CAMPAIGN_GOAL_YEAR.to_string());
        let message = crate::said!("check-joined-late", year = year, goal = goal);
        add(Severity::Error, Place::City("field-joined"), message);
    }
    for message in language_problems(document) {
        add(Severity::Error, Place::City("content-language"), message);
    }
    if let Mandate::Years { start, end } = &city.mandate
        && end < start
    {
        let (start, end) = (start.to_string(), end.to_string());
        let message = crate::said!("check-mandate-reversed", start = start, end = end);
        add(Severity::Error, Place::City("field-mandate"), message);
    }

    let vision = &document.vision;
    match vision.form {
        VisionForm::Prose if vision.prose.get(lang).trim().is_empty() => {
            add(
                Severity::Warning,
                Place::Vision("field-vision-text"),
                crate::said!("check-vision-empty"),
            );
        }
        VisionForm::Questions => {
            for (key, answer) in VISION_QUESTION_KEYS.iter().zip(&vision.answers) {
                if answer.get(lang).trim().is_empty() {
                    let message = crate::said!("check-unanswered", question = field(key));
                    add(Severity::Warning, Place::Vision(key), message);
                }
            }
        }
        VisionForm::Prose => {}
    }
    let motivations = &document.motivations;
    if motivations.introduction.get(lang).trim().is_empty() {
        add(
            Severity::Warning,
            Place::Motivations("field-introduction"),
            crate::said!("check-no-introduction"),
        );
    }
    if motivations.aims.is_empty() {
        add(
            Severity::Warning,
            Place::Motivations("field-aims"),
            crate::said!("check-no-aims"),
        );
    }

    // The year a review is asked for, once the officer reviews years: the
    // newest one the catalogue has figures for.
    let reviewed_year = {
        // Measured or reviewed, not planned: a budget line for a coming
        // year must not ask for that year's review.
        let done = (document.programs.iter()).flat_map(|p| {
            let measured =
                (p.indicators.iter()).flat_map(|i| i.measurements.iter().map(|m| m.when.year()));
            measured.chain(p.reviews.iter().map(|r| r.year))
        });
        let reviews = (document.programs.iter()).any(|p| !p.reviews.is_empty());
        done.max().filter(|_| reviews)
    };
    let known: HashSet<ProgramId> = document.programs.iter().map(|p| p.id).collect();
    for (index, area) in document.policies.areas.iter().enumerate() {
        let area_name = area_name(&area.title, languages, index);
        if area.title.get(lang).trim().is_empty() {
            add(
                Severity::Warning,
                Place::Area(index, "field-area-title"),
                crate::said!("check-area-untitled", area = area_name.clone()),
            );
        }
        if area.programs.is_empty() {
            add(
                Severity::Warning,
                Place::Area(index, "area-add-program"),
                crate::said!("check-area-empty", area = area_name.clone()),
            );
        }
        let linked: Vec<_> = (document.programs.iter())
            .filter(|program| area.programs.contains(&program.id))
            .collect();
        if !linked.is_empty()
            && linked
                .iter()
                .all(|program| program.visibility == Visibility::Internal)
        {
            add(
                Severity::Warning,
                Place::Area(index, "area-add-program"),
                crate::said!("check-area-all-internal", area = area_name.clone()),
            );
        }
        for id in area.programs.iter().filter(|id| !known.contains(id)) {
            add(
                Severity::Error,
                Place::Area(index, "area-add-program"),
                crate::said!(
                    "check-area-dangling",
                    area = area_name.clone(),
                    id = id.0.to_string()
                ),
            );
        }
    }
    let highest = document.programs.iter().map(|p| p.id).max();
    if let Some(highest) = highest
        && document.next_program_id <= highest.0
    {
        let message = crate::said!(
            "check-next-id",
            next = document.next_program_id.to_string(),
            highest = highest.0.to_string()
        );
        add(
            Severity::Error,
            Place::Program(highest, "field-title"),
            message,
        );
    }
    let mut seen: HashSet<ProgramId> = HashSet::new();
    let mut reported: HashSet<ProgramId> = HashSet::new();
    for program in &document.programs {
        if !seen.insert(program.id) && reported.insert(program.id) {
            let count = (document.programs.iter())
                .filter(|other| other.id == program.id)
                .count();
            let message = crate::said!(
                "check-duplicate-id",
                id = program.id.0.to_string(),
                count = count
            );
            add(
                Severity::Error,
                Place::Program(program.id, "field-title"),
                message,
            );
        }
    }
    for program in &document.programs {
        let name = program_name(program, languages);
        for problem in program_problems(program, &name) {
            add(Severity::Error, problem.0, problem.1);
        }
        if program.rights.is_empty() {
            add(
                Severity::Warning,
                Place::Program(program.id, "field-rights"),
                crate::said!("check-program-no-right", program = name.clone()),
            );
        }
        if !program.suggested.is_empty() {
            let message = crate::said!(
                "check-suggested",
                program = name.clone(),
                suggestions = describe_suggestions(&program.suggested)
            );
            add(
                Severity::Warning,
                Place::Program(program.id, "field-suggestions"),
                message,
            );
        }
        // Groups suggested are one finding above, not a second one here.
        if program.target_groups.is_empty() && program.suggested.target_groups.is_empty() {
            add(
                Severity::Warning,
                Place::Program(program.id, "field-target-groups"),
                crate::said!("check-program-no-group", program = name.clone()),
            );
        }
        for (place, message) in year_gaps(program, &name, reviewed_year) {
            add(Severity::Warning, place, message);
        }
    }

    // Text of an imported page waits to be put in its place.
    for (index, piece) in document.unplaced.iter().enumerate() {
        let text = super::elide(&piece.text, 80);
        let message = crate::said!(
            "check-unplaced",
            line = piece.line.to_string(),
            text = &*text
        );
        add(Severity::Warning, Place::Unplaced(index), message);
    }

    // Every text written in one content language should exist in the others.
    for other in document.languages.iter().skip(1) {
        for_each_text(document, |place, text| {
            if is_untranslated(text, lang, other) && super::translation::in_use(document, &place) {
                let message = crate::said!(
                    "check-untranslated",
                    field = describe(&place),
                    language = Part::Language(other.clone())
                );
                findings.push(Finding {
                    severity: Severity::Warning,
                    message,
                    place,
                    lang: Some(other.clone()),
                });
            }
        });
    }
    findings.sort_by_key(|finding| finding.severity);
    findings
}

/// "kind Office; groups Migrants, Older adults".
pub fn describe_suggestions(suggested: &super::Suggestions) -> Part {
    use super::Vocabulary as _;
    let mut parts = Vec::new();
    if let Some(kind) = &suggested.kind {
        parts.push(crate::said!("suggested-kind", kind = kind.said()).into());
    }
    if !suggested.target_groups.is_empty() {
        let groups = (suggested.target_groups.iter()).map(super::Vocabulary::said);
        let groups = Part::List(groups.collect(), ", ");
        parts.push(crate::said!("suggested-groups", groups = groups).into());
    }
    Part::List(parts, "; ")
}

/// "“Legal aid”", or "program #4" when it has no title yet.
fn program_name(program: &Program, languages: &[String]) -> Title {
    let untitled = crate::said!("program-numbered-subject", id = program.id.0.to_string());
    Title::of(&program.title, languages, "quoted", untitled)
}

/// What a program says that cannot be: articles and goals that do not exist,
/// dates no calendar has, amounts and values that are no numbers.
fn program_problems(program: &Program, name: &Title) -> Vec<(Place, Said)> {
    let id = program.id;
    let mut out = Vec::new();
    for article in program.rights.iter().filter(|n| !(1..=30).contains(*n)) {
        let message = crate::said!(
            "check-no-such-article",
            program = name.clone(),
            article = article.to_string()
        );
        out.push((Place::Program(id, "field-rights"), message));
    }
    for goal in program.sdgs.iter().filter(|n| !(1..=17).contains(*n)) {
        let message = crate::said!(
            "check-no-such-goal",
            program = name.clone(),
            goal = goal.to_string()
        );
        out.push((Place::Program(id, "field-rights"), message));
    }
    let moments = [("field-start", program.start), ("field-end", program.end)];
    for (key, moment) in moments {
        if let Some(moment) = moment
            && !moment.is_real_date()
        {
            let message = crate::said!(
                "check-impossible-date",
                program = name.clone(),
                date = moment.to_string()
            );
            out.push((Place::Program(id, key), message));
        }
    }
    for (row, indicator) in program.indicators.iter().enumerate() {
        let place = || Place::ProgramRow(id, "indicator-name", row);
        for measurement in &indicator.measurements {
            if !measurement.when.is_real_date() {
                let message = crate::said!(
                    "check-impossible-date",
                    program = name.clone(),
                    date = measurement.when.to_string()
                );
                out.push((place(), message));
            }
        }
        let values = [indicator.baseline, indicator.target]
            .into_iter()
            .flatten()
            .chain(indicator.measurements.iter().map(|m| m.value));
        if values.into_iter().any(|value| !value.is_finite()) {
            let message = crate::said!(
                "check-not-a-number",
                program = name.clone(),
                number = (row + 1).to_string()
            );
            out.push((place(), message));
        }
    }
    for (row, line) in program.budget.iter().enumerate() {
        let spent_wrong = line
            .executed
            .is_some_and(|spent| !spent.is_finite() || spent < 0.0);
        if !line.amount.is_finite() || line.amount < 0.0 || spent_wrong {
            let message = crate::said!(
                "check-bad-budget",
                program = name.clone(),
                number = (row + 1).to_string()
            );
            out.push((Place::ProgramRow(id, "budget-amount", row), message));
        }
    }
    out
}

/// What a program's year still lacks: an indicator measured but without a
/// baseline or a target to judge it by, money spent above what was planned,
/// and, once the officer reviews years, no review of `reviewed_year`.
fn year_gaps(program: &Program, name: &Title, reviewed_year: Option<i32>) -> Vec<(Place, Said)> {
    let id = program.id;
    let mut out = Vec::new();
    for (row, indicator) in program.indicators.iter().enumerate() {
        if !indicator.measurements.is_empty()
            && (indicator.baseline.is_none() || indicator.target.is_none())
        {
            let message = crate::said!(
                "check-indicator-unjudged",
                program = name.clone(),
                number = (row + 1).to_string()
            );
            out.push((Place::ProgramRow(id, "indicator-name", row), message));
        }
        // A breakdown is of the value: its categories add up to it.
        for measurement in &indicator.measurements {
            let mut sums: Vec<(&super::year::Dimension, f64)> = Vec::new();
            for part in &measurement.parts {
                match sums.iter_mut().find(|(d, _)| **d == part.dimension) {
                    Some((_, sum)) => *sum += part.value,
                    None => sums.push((&part.dimension, part.value)),
                }
            }
            let off =
                |sum: f64| (sum - measurement.value).abs() > measurement.value.abs() * 0.005 + 1e-9;
            if sums.iter().any(|(_, sum)| off(*sum)) {
                let message = crate::said!(
                    "check-parts-sum",
                    program = name.clone(),
                    number = (row + 1).to_string(),
                    year = measurement.when.year().to_string()
                );
                out.push((Place::ProgramRow(id, "indicator-name", row), message));
            }
        }
    }
    for (row, line) in program.budget.iter().enumerate() {
        // Sums are per currency: a line without one is summed apart.
        if line.currency.trim().is_empty() && (line.amount != 0.0 || line.executed.is_some()) {
            let message = crate::said!(
                "check-no-currency",
                program = name.clone(),
                number = (row + 1).to_string()
            );
            out.push((Place::ProgramRow(id, "budget-currency", row), message));
        }
        // Spending above plan is explained in the year's review.
        let explained = (program.reviews.iter())
            .any(|review| review.year == line.year && !review.difficulties.is_empty());
        if let Some(spent) = line.executed
            && spent > line.amount
            && !explained
        {
            let message = crate::said!(
                "check-overspent",
                program = name.clone(),
                year = line.year.to_string()
            );
            out.push((Place::ProgramRow(id, "budget-amount", row), message));
        }
    }
    // Only a program running now is asked for a review (not one planned,
    // paused, completed or discontinued).
    if let Some(year) = reviewed_year
        && program.visibility == Visibility::Public
        && program.status == super::ProgramStatus::Active
        && !program.reviews.iter().any(|review| review.year == year)
    {
        let message = crate::said!(
            "check-no-review",
            program = name.clone(),
            year = year.to_string()
        );
        out.push((Place::Program(id, "section-reviews"), message));
    }
    out
}

/// Content-language codes that are empty, repeated or not language tags.
fn language_problems(document: &Document) -> Vec<Said> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for code in &document.languages {
        if code.trim().is_empty() {
            out.push(crate::said!("check-language-empty"));
        } else if !is_language_tag(code) {
            out.push(crate::said!("check-language-unknown", code = code.as_str()));
        } else if !seen.insert(code.as_str()) {
            out.push(crate::said!("check-language-twice", code = code.as_str()));
        }
    }
    out
}

/// "en", "es-CL", "zh-Hant": a tag whose language is two or three letters.
fn is_language_tag(code: &str) -> bool {
    let primary = code.split(['-', '_']).next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && code.parse::<unic_langid::LanguageIdentifier>().is_ok()
}

fn area_name(title: &super::Localized, languages: &[String], index: usize) -> Title {
    let untitled = crate::said!("area-numbered-subject", number = (index + 1).to_string());
    Title::of(title, languages, "area-titled", untitled)
}

fn describe(place: &Place) -> Said {
    match place {
        // A question ends with its own "?": quoted, it is not followed by ":" bare.
        Place::Vision(key) if VISION_QUESTION_KEYS.contains(key) => {
            crate::said!("quoted", text = Said::new(key))
        }
        Place::City(key) | Place::Vision(key) | Place::Motivations(key) | Place::Policies(key) => {
            Said::new(key)
        }
        Place::Aim(index) => crate::said!("aim", number = index + 1),
        Place::Area(index, key) => crate::said!(
            "place-in-area",
            field = Said::new(key),
            number = (index + 1).to_string()
        ),
        Place::Program(id, key) => crate::said!(
            "place-in-program",
            field = Said::new(key),
            id = id.0.to_string()
        ),
        Place::ProgramRow(id, key, row) => crate::said!(
            "place-in-program",
            field = crate::said!(key, number = row + 1),
            id = id.0.to_string()
        ),
        Place::Unplaced(index) => {
            crate::said!("unplaced-numbered", number = (index + 1).to_string())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;
    use crate::model::{Localized, PolicyArea, Region, TargetGroup};

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
        let id = doc.add_new_program(crate::i18n::Language::ENGLISH);
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
        let english = Language::ENGLISH;
        check(doc)
            .into_iter()
            .map(|f| format!("{}: {}", f.severity.name(english), f.message.say(english)))
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
                "warning: Leader is empty.",
                "warning: Region is not set."
            ]
        );
        assert_eq!(check(&doc)[2].place, Place::City("field-region"));
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
        assert_eq!(check(&doc)[0].place, Place::Area(0, "area-add-program"));
        // In Spanish and French the area is the sentence's subject, with its article.
        let said = |words| check(&doc)[1].message.say(words);
        assert_eq!(
            said(Language::SPANISH),
            "El área de políticas «Housing» no presenta ningún programa."
        );
        assert_eq!(
            said(Language::FRENCH),
            "Le domaine d’action « Housing » ne présente aucun programme."
        );
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
    fn what_the_year_still_lacks() {
        let mut doc = complete();
        let second = doc.add_new_program(crate::i18n::Language::ENGLISH);
        let program = &mut doc.programs[0];
        program.indicators.push(crate::model::Indicator {
            baseline: Some(3.0),
            measurements: vec![crate::model::Measurement {
                when: crate::model::Moment::Year(2025),
                value: 5.0,
                parts: Vec::new(),
                note: Localized::default(),
            }],
            ..Default::default()
        });
        program.budget.push(crate::model::BudgetLine {
            year: 2025,
            amount: 100.0,
            executed: Some(120.0),
            currency: "EUR".to_owned(),
            ..Default::default()
        });
        program.reviews.push(crate::model::year::Review {
            year: 2025,
            ..Default::default()
        });
        doc.programs[0].budget.push(crate::model::BudgetLine {
            year: 2025,
            amount: 7.0,
            ..Default::default()
        });
        let found = messages(&doc);
        for expected in [
            "warning: Budget line 2 of “New program” has no currency: its amounts are summed apart from every other.",
            "warning: “New program”: more was spent in 2025 than was planned; say why under Difficulties in that year's review.",
        ] {
            assert!(found.contains(&expected.to_owned()), "{found:#?}");
        }
        // Said why: no longer asked.
        let mut explained = doc.clone();
        explained.programs[0].reviews[0].difficulties = Localized::new("en", "Prices rose.");
        assert!(
            !messages(&explained)
                .iter()
                .any(|m| m.contains("more was spent"))
        );
        // A breakdown that does not add up to its value is told, not refused.
        let mut broken = doc.clone();
        let sex = crate::model::year::Dimension::Sex;
        broken.programs[0].indicators[0].measurements[0].parts = vec![
            crate::model::year::Part {
                dimension: sex.clone(),
                category: "Women".into(),
                value: 3.0,
            },
            crate::model::year::Part {
                dimension: sex,
                category: "Men".into(),
                value: 1.0,
            },
        ];
        let parts = "warning: “New program”: the breakdown of indicator 1 for 2025 does not add up to its value.";
        assert!(
            messages(&broken).contains(&parts.to_owned()),
            "{:#?}",
            messages(&broken)
        );
        broken.programs[0].indicators[0].measurements[0].parts[1].value = 2.0;
        assert!(!messages(&broken).contains(&parts.to_owned()));
        let unreviewed = format!("warning: “{}” has no review of 2025 yet.", "New program");
        assert_eq!(
            found.iter().filter(|m| **m == unreviewed).count(),
            1,
            "{found:#?}"
        );
        // A line planned for a coming year asks for no review of that year,
        // and a program no longer running is asked for none.
        let mut later = doc.clone();
        later.programs[1].budget.push(crate::model::BudgetLine {
            year: 2030,
            amount: 10.0,
            currency: "EUR".to_owned(),
            ..Default::default()
        });
        assert!(
            messages(&later).contains(&unreviewed),
            "{:#?}",
            messages(&later)
        );
        later.programs[1].status = crate::model::ProgramStatus::Completed;
        assert!(!messages(&later).contains(&unreviewed));
        assert!(doc.program(second).unwrap().reviews.is_empty());
        // Money spent that is no amount is an error.
        doc.programs[0].budget[0].executed = Some(-5.0);
        assert!(
            messages(&doc)
                .iter()
                .any(|m| m.starts_with("error: Budget line 1 ")),
            "{:#?}",
            messages(&doc)
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
            found.contains(&"warning: Leader's title has no text in Spanish.".to_owned()),
            "{found:?}"
        );
        assert!(
            !found
                .iter()
                .any(|m| m.starts_with("warning: City name has"))
        );
    }

    /// The Check panel lists exactly the texts the side bar counts, rows of
    /// a program's lists included, each with the row it is in.
    #[test]
    fn every_counted_gap_is_a_finding_with_its_row() {
        let mut doc = crate::store::embedded_profile();
        assert!(doc.add_language("fr"));
        let program = &mut doc.programs[0];
        let id = program.id;
        program.partners.push(crate::model::Partner {
            id: crate::model::ItemId::default(),
            name: "UNICEF".into(),
            role: Localized::new("en", "co-funding"),
        });
        program.partners.push(crate::model::Partner {
            id: crate::model::ItemId::default(),
            name: "Red Cross".into(),
            role: Localized::new("en", "volunteers"),
        });
        let findings = check(&doc);
        let about_french: Vec<&Finding> = findings
            .iter()
            .filter(|f| f.lang.as_deref() == Some("fr"))
            .collect();
        let counted: usize = crate::model::translation::missing_translations(&doc, "fr")
            .iter()
            .sum();
        assert_eq!(about_french.len(), counted);
        let second_role = about_french
            .iter()
            .find(|f| f.place == Place::ProgramRow(id, "partner-role", 1))
            .expect("the second partner's role is a finding");
        assert_eq!(
            second_role.message.say(Language::ENGLISH),
            format!("Partner 2 role of program #{} has no text in French.", id.0)
        );
        assert_eq!(second_role.place.focus_key(), "partner-role-2");
        // Spanish lacks only the roles, which were written in English alone.
        let about_spanish = findings
            .iter()
            .filter(|f| f.lang.as_deref() == Some("es"))
            .count();
        assert_eq!(about_spanish, 2);
    }
}
