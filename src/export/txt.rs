//! The campaign's plain-text page, as `import::campaign` reads it back.

use crate::i18n::Language;
use crate::import::labels::{Heading, label_of};
use crate::model::vocab::vision_question;
use crate::model::{Document, Localized, Mandate, VisionForm, Vocabulary};

/// The page in the document's main language: its texts, and headings and
/// names in Carta's words for that language (English for one Carta does not
/// speak), which `import::campaign` reads back in any of the three.
pub fn to_campaign_text(document: &Document) -> String {
    let lang = document.main_language();
    let words = Language::of_campaign_page(lang).unwrap_or(Language::ENGLISH);
    let text = |value: &Localized| value.get(lang).to_owned();
    let city = &document.city;
    let mut out = String::new();
    out.push_str(&city.display_name(lang));
    out.push_str("\n\n");
    let mut field = |heading: Heading, value: String| {
        if !value.trim().is_empty() {
            out.push_str(label_of(heading, words));
            out.push('\n');
            out.push_str(value.trim());
            out.push('\n');
        }
    };
    field(
        Heading::Region,
        city.region
            .as_ref()
            .map(|r| r.name(words))
            .unwrap_or_default(),
    );
    field(Heading::Country, text(&city.country));
    field(
        Heading::Joined,
        city.joined.map(|y| y.to_string()).unwrap_or_default(),
    );
    let leader = match (city.leader.name.trim(), city.leader.title.get(lang).trim()) {
        (name, "") => name.to_owned(),
        (name, title) => format!("{name}, {title}"),
    };
    field(Heading::Leader, leader);
    let mandate = match &city.mandate {
        Mandate::Unknown => String::new(),
        Mandate::Years { start, end } => format!("{start} - {end}"),
        Mandate::Text(value) => text(value),
    };
    field(Heading::Mandate, mandate);
    field(
        Heading::Government,
        city.government
            .as_ref()
            .map(|g| g.name(words))
            .unwrap_or_default(),
    );
    field(
        Heading::Population,
        city.population
            .as_ref()
            .map(|p| p.name(words))
            .unwrap_or_default(),
    );

    section(&mut out, Heading::Vision, words);
    match document.vision.form {
        VisionForm::Prose => paragraphs(&mut out, &text(&document.vision.prose)),
        VisionForm::Questions => {
            for (index, answer) in document.vision.answers.iter().enumerate() {
                out.push_str(&vision_question(words, index));
                out.push_str("\n\n");
                paragraphs(&mut out, &text(answer));
            }
        }
    }

    let motivations = &document.motivations;
    section(&mut out, Heading::Motivations, words);
    paragraphs(&mut out, &text(&motivations.introduction));
    for aim in &motivations.aims {
        bullet(&mut out, &text(aim));
    }
    paragraphs(&mut out, &text(&motivations.closing));

    section(&mut out, Heading::Policies, words);
    paragraphs(&mut out, &text(&document.policies.introduction));
    for (index, area) in document.policies.areas.iter().enumerate() {
        out.push_str(&format!(
            "  {}. {}\n\n",
            index + 1,
            text(&area.title).trim()
        ));
        paragraphs(&mut out, &text(&area.description));
        for id in &area.programs {
            if let Some(program) = document.program(*id) {
                let title = text(&program.title);
                let summary = text(&program.summary);
                let item = if summary.is_empty() {
                    title
                } else if summary.starts_with(title.trim()) {
                    summary
                } else {
                    format!("{}: {summary}", title.trim())
                };
                bullet(&mut out, &item);
            }
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

fn section(out: &mut String, heading: Heading, words: Language) {
    out.push_str(label_of(heading, words));
    out.push_str("\n\n");
}

/// Markdown paragraphs become the page's paragraphs; "- " items its bullets.
fn paragraphs(out: &mut String, text: &str) {
    for block in text.split("\n\n").map(str::trim).filter(|b| !b.is_empty()) {
        for line in block.lines() {
            match line.trim().strip_prefix("- ") {
                Some(item) => bullet(out, item),
                None => {
                    out.push_str(line.trim());
                    out.push('\n');
                }
            }
        }
        if !out.ends_with("\n\n") {
            out.push('\n');
        }
    }
}

fn bullet(out: &mut String, item: &str) {
    out.push_str("  • ");
    out.push_str(&item.split_whitespace().collect::<Vec<_>>().join(" "));
    out.push_str("\n\n");
}
