//! A clean Markdown document: the profile, then the catalogue of programs.

use super::safe;
use crate::i18n::Language;
use crate::model::vocab::{sdg_name, udhr_title, vision_question};
use crate::model::{Document, Localized, Mandate, VisionForm, Vocabulary};
use crate::tr;

pub fn to_markdown(document: &Document) -> String {
    let lang = document.main_language();
    let words = Language::from_tag(lang).unwrap_or_default();
    let text = |value: &Localized| value.get(lang).trim().to_owned();
    let city = &document.city;
    let mut out = format!("# {}\n\n", plain(&city.display_name(lang)));
    let mut facts: Vec<(&str, String)> = Vec::new();
    facts.push((
        "field-region",
        city.region
            .as_ref()
            .map(|r| r.name(words))
            .unwrap_or_default(),
    ));
    facts.push(("field-country", text(&city.country)));
    facts.push((
        "export-joined",
        city.joined.map(|y| y.to_string()).unwrap_or_default(),
    ));
    let leader = [city.leader.name.trim().to_owned(), text(&city.leader.title)]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    facts.push(("field-leader", leader));
    facts.push((
        "field-mandate",
        match &city.mandate {
            Mandate::Unknown => String::new(),
            Mandate::Years { start, end } => format!("{start}–{end}"),
            Mandate::Text(value) => text(value),
        },
    ));
    facts.push((
        "field-government",
        city.government
            .as_ref()
            .map(|g| g.name(words))
            .unwrap_or_default(),
    ));
    facts.push((
        "slide-population",
        city.population
            .as_ref()
            .map(|p| p.name(words))
            .unwrap_or_default(),
    ));
    for (key, value) in facts.into_iter().filter(|(_, v)| !v.is_empty()) {
        let name = tr!(words, key);
        out.push_str(&format!("- **{name}:** {}\n", plain(&value)));
    }

    out.push_str(&format!("\n## {}\n\n", tr!(words, "export-vision")));
    match document.vision.form {
        VisionForm::Prose => block(&mut out, &text(&document.vision.prose)),
        VisionForm::Questions => {
            for (index, answer) in document.vision.answers.iter().enumerate() {
                let question = vision_question(words, index);
                out.push_str(&format!("### {question}\n\n"));
                block(&mut out, &text(answer));
            }
        }
    }

    out.push_str(&format!("## {}\n\n", tr!(words, "export-motivations")));
    block(&mut out, &text(&document.motivations.introduction));
    for aim in &document.motivations.aims {
        out.push_str(&format!("- {}\n", inline(&text(aim))));
    }
    if !document.motivations.aims.is_empty() {
        out.push('\n');
    }
    block(&mut out, &text(&document.motivations.closing));

    out.push_str(&format!("## {}\n\n", tr!(words, "export-policies")));
    block(&mut out, &text(&document.policies.introduction));
    for (index, area) in document.policies.areas.iter().enumerate() {
        out.push_str(&format!(
            "### {}. {}\n\n",
            index + 1,
            plain(&text(&area.title))
        ));
        block(&mut out, &text(&area.description));
        for id in &area.programs {
            if let Some(program) = document.program(*id) {
                let summary = text(&program.summary);
                let title = plain(&text(&program.title));
                if summary.is_empty() {
                    out.push_str(&format!("- **{title}**\n"));
                } else {
                    out.push_str(&format!("- **{title}:** {}\n", inline(&summary)));
                }
            }
        }
        if !area.programs.is_empty() {
            out.push('\n');
        }
    }

    if !document.programs.is_empty() {
        out.push_str(&format!("## {}\n\n", tr!(words, "export-catalogue")));
    }
    for program in &document.programs {
        out.push_str(&format!("### {}\n\n", plain(&text(&program.title))));
        out.push_str(&format!(
            "*{} · {}*",
            program.kind.name(words),
            program.status.name(words)
        ));
        let unit = text(&program.responsible_unit);
        if !unit.is_empty() {
            out.push_str(&format!(" · {}", plain(&unit)));
        }
        out.push_str("\n\n");
        block(&mut out, &text(&program.summary));
        block(&mut out, &text(&program.description));
        let groups: Vec<String> = (program.target_groups.iter())
            .map(|group| group.name(words))
            .collect();
        let rights: Vec<String> = (program.rights.iter())
            .map(|n| format!("{n} ({})", udhr_title(words, *n).unwrap_or_default()))
            .collect();
        let goals: Vec<String> = (program.sdgs.iter())
            .map(|n| format!("{n} ({})", sdg_name(words, *n).unwrap_or_default()))
            .collect();
        let origin = program.origin.as_deref().map(plain).unwrap_or_default();
        for (key, values) in [
            ("field-target-groups", plain(&groups.join(", "))),
            ("export-rights", plain(&rights.join(", "))),
            ("export-goals", plain(&goals.join(", "))),
            ("export-origin", origin),
        ] {
            if !values.is_empty() {
                out.push_str(&format!("- **{}:** {values}\n", tr!(words, key)));
            }
        }
        out.push('\n');
    }
    let out = out.trim_end().to_owned() + "\n";
    // Each text was made safe alone; the page as a whole is checked again, so
    // that texts cannot combine into markup (a reference link in one, its
    // definition in another).
    if safe::is_already_safe(&out) {
        out
    } else {
        safe::rewritten(&out) + "\n"
    }
}

/// A long text, already Markdown, made safe and followed by a blank line.
fn block(out: &mut String, text: &str) {
    if !text.is_empty() {
        out.push_str(&safe_markdown(text));
        out.push_str("\n\n");
    }
}

/// Markdown of one line (a summary, an aim): no line breaks that would end a
/// list item or heading, and nothing unsafe.
fn inline(text: &str) -> String {
    safe_markdown(&one_line(text))
}

/// Plain text (a name, a title) on one line, never read as Markdown.
fn plain(text: &str) -> String {
    safe::literal(&one_line(text))
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The officer's Markdown as written when it is safe to publish (the usual
/// case), else written anew from its safe events: raw HTML as text, no
/// script links, images as links.
fn safe_markdown(text: &str) -> String {
    if safe::is_already_safe(text) {
        return text.to_owned();
    }
    safe::rewritten(text)
}
