//! The slides of a presentation, made from the document — never edited by
//! hand. Each part comes whole; how many slides a long part needs depends on
//! the screen or page it is shown on, so `deck::flow` measures and splits it.

use super::Words;
use super::catalogue::Coverage;
use super::monitoring::Money;
use super::progress::{IndicatorCourse, Progress};
use super::vocab::{sdg_name, udhr_title, vision_question};
use super::year::Rating;
use super::{Document, Mandate, Visibility, VisionForm, Vocabulary};

/// A paragraph or a list item of a slide.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Line {
    Paragraph(String),
    Bullet(String),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Slide {
    /// City, country, leader and mandate, year of joining.
    Title { city: String, lines: Vec<String> },
    /// A heading and its text.
    Text {
        heading: String,
        lines: Vec<Line>,
        /// The presenter's notes for this slide.
        notes: String,
    },
    /// A heading and labelled counts, drawn as bars (the catalogue overview).
    Bars {
        heading: String,
        bars: Vec<(String, usize)>,
    },
    /// A heading and a chart of the year in review; each surface draws
    /// the figure at its own size (`chart::figure_chart`).
    Chart { heading: String, figure: Figure },
    Closing {
        city: String,
        /// "Thank you", in the slides' language.
        thanks: String,
    },
}

/// What a chart slide shows: the figures, not yet drawn.
#[derive(Clone, Debug, PartialEq)]
pub enum Figure {
    /// An indicator's values up to `year`, against its baseline and target.
    Indicator { course: IndicatorCourse, year: i32 },
    /// Money planned and spent year by year, in one currency.
    Money {
        currency: String,
        years: Vec<(i32, Money)>,
    },
}

impl Slide {
    /// The presenter's notes, shown only in the presenter view.
    pub fn notes(&self) -> &str {
        match self {
            Self::Text { notes, .. } => notes,
            _ => "",
        }
    }

    /// The slide's first words, for the grid of all slides.
    pub fn preview(&self) -> String {
        match self {
            Self::Title { lines, .. } => lines.first().cloned().unwrap_or_default(),
            Self::Closing { thanks, .. } => thanks.clone(),
            Self::Text { lines, .. } => match lines.first() {
                Some(Line::Paragraph(text) | Line::Bullet(text)) => text.clone(),
                None => String::new(),
            },
            Self::Bars { bars, .. } => bars
                .first()
                .map(|(label, _)| label.clone())
                .unwrap_or_default(),
            Self::Chart { figure, .. } => match figure {
                Figure::Indicator { course, .. } => course.name.clone(),
                Figure::Money { currency, .. } => currency.clone(),
            },
        }
    }

    pub fn heading(&self) -> &str {
        match self {
            Self::Title { city, .. } | Self::Closing { city, .. } => city,
            Self::Text { heading, .. }
            | Self::Bars { heading, .. }
            | Self::Chart { heading, .. } => heading,
        }
    }
}

/// The most of a city's name a slide shows: a long real name ("Municipio B
/// (Montevideo)") fits many times over; a pasted paragraph is cut.
const NAME_CHARS: usize = 120;

/// The slides for `document` in content language `lang`, each part of the
/// profile whole on one slide however long (the screen and the handout flow
/// it onto as many as their shape needs). A text not yet translated shows in
/// the main language. Carta's own words (headings, facts) are in `lang` when
/// Carta speaks it, else in English. Internal programs never appear.
pub fn whole_slides<W: Words>(
    document: &Document,
    lang: &str,
    words_for: impl Fn(&str) -> W,
) -> Vec<Slide> {
    // A language the profile does not have is not made up: the main one shows.
    let lang = if document.languages.iter().any(|known| known == lang) {
        lang
    } else {
        document.main_language()
    };
    let words = words_for(lang);
    // Internal programs leave before anything is looked up by id.
    let document = &document.public_view().in_language(lang);
    let city = &document.city;
    // A name is a line on the title slide, not a page of text.
    let name = super::elide(&city.display_name(lang), NAME_CHARS).into_owned();
    let mut title_lines = Vec::new();
    let country = city.country.get(lang).trim();
    // "San Antonio (Chile)" says the country already.
    let said = city
        .qualifier
        .get(lang)
        .trim()
        .eq_ignore_ascii_case(country);
    if !country.is_empty() && !said {
        title_lines.push(country.to_owned());
    }
    let leader = leader_line(city.leader.name.trim(), city.leader.title.get(lang).trim());
    let mandate = match &city.mandate {
        Mandate::Unknown => String::new(),
        Mandate::Years { start, end } => format!("{start}–{end}"),
        Mandate::Text(text) => text.get(lang).trim().to_owned(),
    };
    match (leader.is_empty(), mandate.is_empty()) {
        (false, false) => title_lines.push(format!("{leader} · {mandate}")),
        (false, true) => title_lines.push(leader),
        (true, false) => title_lines.push(mandate),
        (true, true) => {}
    }
    if let Some(year) = city.joined {
        title_lines.push(crate::phrase!(
            words,
            "slide-since",
            year = year.to_string()
        ));
    }
    let mut out = vec![Slide::Title {
        city: name.clone(),
        lines: title_lines,
    }];

    let facts: Vec<Line> = [
        ("field-region", city.region.as_ref().map(|r| r.name(words))),
        (
            "field-government",
            city.government.as_ref().map(|g| g.name(words)),
        ),
        (
            "slide-population",
            city.population.as_ref().map(|p| p.name(words)),
        ),
        ("slide-joined", city.joined.map(|y| y.to_string())),
    ]
    .into_iter()
    .filter_map(|(key, value)| {
        value.map(|value| {
            let label = crate::phrase!(words, key);
            Line::Bullet(crate::phrase!(
                words,
                "slide-fact",
                label = label,
                value = value
            ))
        })
    })
    .collect();
    if !facts.is_empty() {
        out.push(Slide::Text {
            heading: crate::phrase!(words, "slide-city"),
            lines: facts,
            notes: String::new(),
        });
    }

    match document.vision.form {
        VisionForm::Prose => part(
            &mut out,
            &crate::phrase!(words, "slide-vision"),
            lines_of(document.vision.prose.get(lang)),
        ),
        VisionForm::Questions => {
            for (index, answer) in document.vision.answers.iter().enumerate() {
                let question = vision_question(words, index);
                part(&mut out, &question, lines_of(answer.get(lang)));
            }
        }
    }

    let motivations = &document.motivations;
    let mut lines = lines_of(motivations.introduction.get(lang));
    lines.extend(
        motivations
            .aims
            .iter()
            .map(|aim| Line::Bullet(aim.get(lang).trim().to_owned())),
    );
    lines.extend(lines_of(motivations.closing.get(lang)));
    part(&mut out, &crate::phrase!(words, "slide-motivations"), lines);

    // The policies' introduction leads into the areas.
    part(
        &mut out,
        &crate::phrase!(words, "slide-policies"),
        lines_of(document.policies.introduction.get(lang)),
    );
    for (index, area) in document.policies.areas.iter().enumerate() {
        let mut lines = lines_of(area.description.get(lang));
        for id in &area.programs {
            let Some(program) = document.program(*id) else {
                continue;
            };
            if program.visibility == Visibility::Internal {
                continue;
            }
            let title = program.title.get(lang).trim();
            let summary = program.summary.get(lang).trim();
            lines.push(Line::Bullet(
                if summary.is_empty() || summary.starts_with(title) {
                    if summary.is_empty() {
                        title.to_owned()
                    } else {
                        summary.to_owned()
                    }
                } else {
                    format!("{title}: {summary}")
                },
            ));
        }
        let heading = format!("{}. {}", index + 1, area.title.get(lang).trim());
        let mut notes = vec![area.notes.get(lang).trim().to_owned()];
        for program in area.programs.iter().filter_map(|id| document.program(*id)) {
            let note = program.notes.get(lang).trim();
            if program.visibility == Visibility::Public && !note.is_empty() {
                notes.push(format!("{}: {note}", program.title.get(lang).trim()));
            }
        }
        notes.retain(|note| !note.is_empty());
        part_with_notes(&mut out, &heading, lines, &notes.join("\n\n"));
    }
    overview(&mut out, document, words);
    if let Some(record) = (document.years.iter())
        .filter(|record| record.in_slides)
        .max_by_key(|record| record.year)
    {
        year_in_review(&mut out, document, record.year, lang, words);
    }
    out.push(Slide::Closing {
        city: name,
        thanks: crate::phrase!(words, "slide-thanks"),
    });
    out.retain(|slide| !matches!(slide, Slide::Text { lines, .. } if lines.is_empty()));
    out
}

/// The catalogue overview: the rights and the groups the public programs
/// address most, as bars.
fn overview(out: &mut Vec<Slide>, document: &Document, words: impl Words) {
    let public = document.public_view();
    if public.programs.is_empty() {
        return;
    }
    let coverage = Coverage::of(&public);
    let mut rights: Vec<(String, usize)> = (coverage.per_right.iter().enumerate())
        .filter(|(_, count)| **count > 0)
        .map(|(i, count)| {
            let title = udhr_title(words, i as u8 + 1).unwrap_or_default();
            (format!("{} · {title}", i + 1), *count)
        })
        .collect();
    rights.sort_by_key(|(_, count)| std::cmp::Reverse(*count));
    rights.truncate(8);
    let mut groups: Vec<(String, usize)> = (coverage.per_group.iter())
        .filter(|(_, count)| *count > 0)
        .map(|(group, count)| (group.name(words), *count))
        .collect();
    groups.sort_by_key(|(_, count)| std::cmp::Reverse(*count));
    groups.truncate(8);
    let mut goals: Vec<(String, usize)> = (coverage.per_sdg.iter().enumerate())
        .filter(|(_, count)| **count > 0)
        .map(|(i, count)| {
            let name = sdg_name(words, i as u8 + 1).unwrap_or_default();
            (
                crate::phrase!(
                    words,
                    "slide-sdg",
                    number = (i + 1).to_string(),
                    name = name
                ),
                *count,
            )
        })
        .collect();
    goals.sort_by_key(|(_, count)| std::cmp::Reverse(*count));
    goals.truncate(8);
    for (heading, bars) in [
        ("slide-rights", rights),
        ("slide-groups", groups),
        ("slide-goals", goals),
    ] {
        if !bars.is_empty() {
            out.push(Slide::Bars {
                heading: crate::phrase!(words, heading),
                bars,
            });
        }
    }
}

/// The most indicators' charts the year in review shows; the rest are in
/// the annual report.
const REVIEW_CHARTS: usize = 12;

/// The most of a program's title or an indicator's name a chart's heading
/// shows: the chart keeps its room under it.
const HEADING_CHARS: usize = 80;

/// The year in review: its introduction and figures, each program's
/// rating, the money planned and spent per currency, and the charts of the
/// indicators measured that year (the first [`REVIEW_CHARTS`]). Only what
/// the officer entered; `document` is already public and in `lang`.
fn year_in_review(
    out: &mut Vec<Slide>,
    document: &Document,
    year: i32,
    lang: &str,
    words: impl Words,
) {
    let progress = Progress::of(document, year, lang);
    let mut lines = lines_of(&progress.introduction);
    let mut rated: Vec<(Rating, usize)> = Vec::new();
    for program in &progress.programs {
        if let Some(review) = &program.review {
            match rated
                .iter_mut()
                .find(|(rating, _)| *rating == review.rating)
            {
                Some((_, count)) => *count += 1,
                None => rated.push((review.rating, 1)),
            }
        }
    }
    rated.sort_by_key(|(rating, _)| Rating::ALL.iter().position(|r| r == rating));
    for (rating, count) in rated {
        lines.push(Line::Bullet(crate::phrase!(
            words,
            "slide-review-rated",
            rating = crate::phrase!(words, &rating.key()),
            count = count
        )));
    }
    if let Some(reached) = progress.reached_by_year.get(&year) {
        let count = words.number(*reached as f64, 0);
        lines.push(Line::Bullet(crate::phrase!(
            words,
            "slide-review-reached",
            count = count
        )));
    }
    let money = progress.money_by_currency();
    for (currency, years) in &money {
        if let Some((_, sum)) = years.iter().find(|(y, _)| *y == year) {
            lines.push(Line::Bullet(crate::phrase!(
                words,
                "slide-review-money",
                currency = currency.as_str(),
                planned = words.number(sum.planned, 0),
                spent = words.number(sum.executed, 0)
            )));
        }
    }
    let heading = crate::phrase!(words, "slide-review", year = year);
    part(out, &heading, lines);
    let ratings: Vec<Line> = (progress.programs.iter())
        .filter_map(|program| {
            let review = program.review.as_ref()?;
            Some(Line::Bullet(crate::phrase!(
                words,
                "slide-review-program",
                program = program.title.as_str(),
                rating = crate::phrase!(words, &review.rating.key())
            )))
        })
        .collect();
    part(
        out,
        &crate::phrase!(words, "slide-review-programs", year = year),
        ratings,
    );
    for (currency, mut years) in money {
        // The years up to the one reviewed, as its indicators' charts.
        years.retain(|(y, _)| *y <= year);
        if years.is_empty() {
            continue;
        }
        out.push(Slide::Chart {
            heading: crate::phrase!(words, "progress-budget", currency = currency.as_str()),
            figure: Figure::Money { currency, years },
        });
    }
    let measured = (progress.programs.iter())
        .flat_map(|program| program.indicators.iter().map(move |i| (program, i)))
        .filter(|(_, indicator)| indicator.value.is_some());
    for (program, indicator) in measured.take(REVIEW_CHARTS) {
        let title = super::elide(&program.title, HEADING_CHARS).into_owned();
        let name = super::elide(&indicator.name, HEADING_CHARS).into_owned();
        out.push(Slide::Chart {
            heading: crate::phrase!(
                words,
                "slide-review-indicator",
                program = title,
                indicator = name
            ),
            figure: Figure::Indicator {
                course: indicator.clone(),
                year,
            },
        });
    }
}

/// Markdown paragraphs and "- " items as slide lines, emphasis marks removed.
fn lines_of(text: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    for block in text.split("\n\n").map(str::trim).filter(|b| !b.is_empty()) {
        // A paragraph ends where a list starts: its lead-in stays above its items.
        let mut paragraph: Vec<String> = Vec::new();
        for line in block.lines().map(str::trim) {
            if let Some(item) = line.strip_prefix("- ").or_else(|| line.strip_prefix("* ")) {
                if !paragraph.is_empty() {
                    lines.push(Line::Paragraph(std::mem::take(&mut paragraph).join(" ")));
                }
                lines.push(Line::Bullet(plain(item)));
            } else {
                paragraph.push(plain(line));
            }
        }
        if !paragraph.is_empty() {
            lines.push(Line::Paragraph(paragraph.join(" ")));
        }
    }
    lines
}

/// Keeps Markdown emphasis (`*a*`, `**a**`) for the screen to render; only
/// trims. See `text::inline`.
fn plain(text: &str) -> String {
    text.trim().to_owned()
}

/// A slide of `lines` under `heading`.
fn part(out: &mut Vec<Slide>, heading: &str, lines: Vec<Line>) {
    part_with_notes(out, heading, lines, "");
}

/// [`part`], with the presenter's notes for it.
fn part_with_notes(out: &mut Vec<Slide>, heading: &str, lines: Vec<Line>, notes: &str) {
    out.push(Slide::Text {
        heading: heading.to_owned(),
        lines,
        notes: notes.to_owned(),
    });
}

/// "name, title" as written, each in its own direction: the name (a proper
/// name, often in another script than the slides' language) is isolated
/// (U+2068 … U+2069), so the title — in the slides' language — sets the
/// line's direction, and an Arabic name beside a French title no longer
/// pulls the comma and the title to its side. The isolates draw as nothing.
fn leader_line(name: &str, title: &str) -> String {
    match (name.is_empty(), title.is_empty()) {
        (true, true) => String::new(),
        (false, true) => name.to_owned(),
        (true, false) => title.to_owned(),
        (false, false) => format!("\u{2068}{name}\u{2069}, {title}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Localized, PolicyArea, Program, ProgramId};

    #[test]
    fn an_arabic_name_and_a_french_title_read_each_in_their_direction() {
        let mut document = Document {
            languages: vec!["fr".into()],
            ..Document::default()
        };
        document.city.name = Localized::new("fr", "Tétouan");
        document.city.leader.name = "مصطفى البكوري".into();
        document.city.leader.title = Localized::new("fr", "Président du conseil communal");
        let Slide::Title { lines, .. } =
            &whole_slides(&document, "fr", crate::i18n::Language::for_content)[0]
        else {
            panic!("the title slide first");
        };
        let line = &lines[0];
        let seen: Vec<String> = crate::text::bidi::Ordering::new(line)
            .line(0..line.len())
            .into_iter()
            .map(|piece| piece.text)
            .collect::<Vec<_>>();
        let shown: String = seen
            .concat()
            .chars()
            .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
            .collect();
        // Left to right as seen: the name (its words right to left), the
        // comma after it, then the title; not "…communal ,مصطفى البكوري".
        assert_eq!(
            shown, "البكوري مصطفى, Président du conseil communal",
            "{seen:?}"
        );
    }

    #[test]
    fn french_slides_space_their_colons_as_french_does() {
        let mut document = Document {
            languages: vec!["fr".into()],
            ..Document::default()
        };
        document.city.name = Localized::new("fr", "Mayo");
        document.city.region = Some(crate::model::Region::Africa);
        let facts = format!(
            "{:?}",
            whole_slides(&document, "fr", crate::i18n::Language::for_content)
        );
        // Debug may write the no-break space as itself or escaped.
        let spaced = ["Région\u{a0}: Afrique", "Région\\u{a0}: Afrique"];
        assert!(spaced.iter().any(|s| facts.contains(s)), "{facts}");
        document.languages = vec!["en".into()];
        document.city.name = Localized::new("en", "Mayo");
        let facts = format!(
            "{:?}",
            whole_slides(&document, "en", crate::i18n::Language::for_content)
        );
        assert!(facts.contains("Region: Africa"), "{facts}");
    }

    #[test]
    fn a_long_part_comes_whole_for_the_screen_to_flow() {
        let mut document = Document::default();
        document.city.name = Localized::new("en", "Utrecht");
        let paragraph = "word ".repeat(80);
        document.vision.prose = Localized::new("en", [paragraph.as_str(); 4].join("\n\n"));
        let slides = whole_slides(&document, "en", crate::i18n::Language::for_content);
        let headings: Vec<&str> = slides.iter().map(Slide::heading).collect();
        assert_eq!(headings, ["Utrecht", "Our vision", "Utrecht"]);
        let Slide::Text { lines, .. } = &slides[1] else {
            panic!("{:?}", slides[1])
        };
        assert_eq!(lines.len(), 4, "every paragraph on the part's one slide");
    }

    #[test]
    fn a_lead_in_line_stays_above_the_list_it_introduces() {
        let lines = lines_of("We work on 3 aims:\n- housing\n- schools\nAnd more.");
        assert_eq!(
            lines,
            [
                Line::Paragraph("We work on 3 aims:".into()),
                Line::Bullet("housing".into()),
                Line::Bullet("schools".into()),
                Line::Paragraph("And more.".into()),
            ]
        );
    }

    #[test]
    fn internal_programs_never_appear() {
        let mut document = Document::default();
        for (title, visibility) in [
            ("Open", Visibility::Public),
            ("Secret", Visibility::Internal),
        ] {
            let mut program = Program::new(document.allocate_program_id());
            program.title = Localized::new("en", title);
            program.visibility = visibility;
            document.programs.push(program);
        }
        document.policies.areas.push(PolicyArea {
            title: Localized::new("en", "Equality"),
            programs: vec![ProgramId(1), ProgramId(2)],
            ..PolicyArea::default()
        });
        let slides = whole_slides(&document, "en", crate::i18n::Language::for_content);
        let area = slides
            .iter()
            .find(|s| s.heading() == "1. Equality")
            .unwrap();
        assert_eq!(
            area,
            &Slide::Text {
                heading: "1. Equality".into(),
                lines: vec![Line::Bullet("Open".into())],
                notes: String::new(),
            }
        );
    }
}
