//! A clean Markdown document: the profile, then the catalogue of programs.

use crate::model::vocab::{VISION_QUESTIONS, sdg_name, udhr_title};
use crate::model::{Document, Localized, Mandate, VisionForm, Vocabulary};

pub fn to_markdown(document: &Document) -> String {
    let lang = document.main_language();
    let text = |value: &Localized| value.get(lang).trim().to_owned();
    let city = &document.city;
    let mut out = format!("# {}\n\n", inline(&city.display_name(lang)));
    let mut facts: Vec<(&str, String)> = Vec::new();
    facts.push((
        "Region",
        city.region
            .as_ref()
            .map(|r| r.label().to_owned())
            .unwrap_or_default(),
    ));
    facts.push(("Country", text(&city.country)));
    facts.push((
        "Year of joining the campaign",
        city.joined.map(|y| y.to_string()).unwrap_or_default(),
    ));
    let leader = [city.leader.name.trim().to_owned(), text(&city.leader.title)]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    facts.push(("Leader", leader));
    facts.push((
        "Mandate",
        match &city.mandate {
            Mandate::Unknown => String::new(),
            Mandate::Years { start, end } => format!("{start}–{end}"),
            Mandate::Text(value) => text(value),
        },
    ));
    facts.push((
        "Type of government",
        city.government
            .as_ref()
            .map(|g| g.label().to_owned())
            .unwrap_or_default(),
    ));
    facts.push((
        "Population",
        city.population
            .as_ref()
            .map(|p| p.label().to_owned())
            .unwrap_or_default(),
    ));
    for (name, value) in facts.into_iter().filter(|(_, v)| !v.is_empty()) {
        out.push_str(&format!("- **{name}:** {}\n", inline(&value)));
    }

    out.push_str("\n## Vision\n\n");
    match document.vision.form {
        VisionForm::Prose => block(&mut out, &text(&document.vision.prose)),
        VisionForm::Questions => {
            for (question, answer) in VISION_QUESTIONS.iter().zip(&document.vision.answers) {
                out.push_str(&format!("### {question}\n\n"));
                block(&mut out, &text(answer));
            }
        }
    }

    out.push_str("## Motivations\n\n");
    block(&mut out, &text(&document.motivations.introduction));
    for aim in &document.motivations.aims {
        out.push_str(&format!("- {}\n", inline(&text(aim))));
    }
    if !document.motivations.aims.is_empty() {
        out.push('\n');
    }
    block(&mut out, &text(&document.motivations.closing));

    out.push_str("## Human rights local policies, mechanisms and programs\n\n");
    block(&mut out, &text(&document.policies.introduction));
    for (index, area) in document.policies.areas.iter().enumerate() {
        out.push_str(&format!(
            "### {}. {}\n\n",
            index + 1,
            inline(&text(&area.title))
        ));
        block(&mut out, &text(&area.description));
        for id in &area.programs {
            if let Some(program) = document.program(*id) {
                let summary = text(&program.summary);
                let title = inline(&text(&program.title));
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
        out.push_str("## Program catalogue\n\n");
    }
    for program in &document.programs {
        out.push_str(&format!("### {}\n\n", inline(&text(&program.title))));
        out.push_str(&format!(
            "*{} · {}*",
            program.kind.label(),
            program.status.label()
        ));
        let unit = text(&program.responsible_unit);
        if !unit.is_empty() {
            out.push_str(&format!(" · {}", inline(&unit)));
        }
        out.push_str("\n\n");
        block(&mut out, &text(&program.summary));
        block(&mut out, &text(&program.description));
        let groups: Vec<&str> = program
            .target_groups
            .iter()
            .map(Vocabulary::label)
            .collect();
        if !groups.is_empty() {
            out.push_str(&format!(
                "- **Target groups:** {}\n",
                inline(&groups.join(", "))
            ));
        }
        let rights: Vec<String> = (program.rights.iter())
            .map(|n| format!("{n} ({})", udhr_title(*n).unwrap_or("?")))
            .collect();
        if !rights.is_empty() {
            out.push_str(&format!(
                "- **Rights (UDHR articles):** {}\n",
                rights.join(", ")
            ));
        }
        let goals: Vec<String> = (program.sdgs.iter())
            .map(|n| format!("{n} ({})", sdg_name(*n).unwrap_or("?")))
            .collect();
        if !goals.is_empty() {
            out.push_str(&format!(
                "- **Sustainable Development Goals:** {}\n",
                goals.join(", ")
            ));
        }
        if let Some(origin) = &program.origin {
            out.push_str(&format!("- **Learned from:** {}\n", inline(origin)));
        }
        out.push('\n');
    }
    out.trim_end().to_owned() + "\n"
}

/// A long text, already Markdown, followed by a blank line.
fn block(out: &mut String, text: &str) {
    if !text.is_empty() {
        out.push_str(text);
        out.push_str("\n\n");
    }
}

/// One-line text: no line breaks that would end a list item or heading.
fn inline(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
