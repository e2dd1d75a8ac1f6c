//! One self-contained web page: inline styles, a print stylesheet, and every
//! text of the officer's escaped — Markdown formats, raw HTML shows as text.

use pulldown_cmark::{Event, HeadingLevel, Tag, TagEnd, html};

use super::markdown::to_markdown;
use super::safe;
use crate::model::Document;

const STYLE: &str = "
:root { color-scheme: light; }
body { font: 17px/1.6 system-ui, 'Segoe UI', Roboto, Ubuntu, sans-serif; color: #1d2a2e;
       max-width: 46rem; margin: 2.5rem auto; padding: 0 1.25rem; background: #fbfbfc; }
h1 { font-size: 2.1rem; color: #0b6e77; margin-bottom: 0.4rem; }
h2 { font-size: 1.45rem; border-bottom: 1px solid #d5dde0; padding-bottom: 0.25rem; margin-top: 2.4rem; }
h3 { font-size: 1.15rem; margin-top: 1.8rem; }
ul { padding-left: 1.3rem; }
li { margin: 0.25rem 0; }
a { color: #0b6e77; }
@media print {
  body { background: white; margin: 0; max-width: none; font-size: 11pt; }
  h2 { break-after: avoid; }
  h3 { break-after: avoid; }
  li, p { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
";

pub fn to_html(document: &Document) -> String {
    let markdown = to_markdown(document);
    // All of the profile is the page's main content: one `<main>` landmark,
    // so a screen reader's "skip to main" lands on it (axe: landmark-one-main).
    // The Markdown export is already safe; the page filters again, so that a
    // slip there can never put markup, script or a remote image on the page.
    let mut body = String::new();
    let page_lang = document.main_language();
    let events =
        with_direction_and_language(&safe::events(&markdown).collect::<Vec<_>>(), document);
    html::push_html(&mut body, events.into_iter());
    let title = escape(&document.city.display_name(page_lang));
    let lang = escape(page_lang);
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"Carta\">\n\
         <title>{title} — Human Rights City profile</title>\n<style>{STYLE}</style>\n</head>\n\
         <body>\n<main>\n{body}</main>\n</body>\n</html>\n"
    )
}

/// The page's blocks opened with `dir="auto"`, so the browser sets each
/// paragraph, item and heading right to left when its first letter is, and
/// with `lang` where a block is written in a script of another of the
/// profile's languages than the page's (a text not yet translated, a name).
fn with_direction_and_language<'a>(events: &[Event<'a>], document: &Document) -> Vec<Event<'a>> {
    let page_lang = document.main_language();
    let mut out = Vec::with_capacity(events.len());
    // The blocks open around the event at hand, innermost last.
    let mut open: Vec<&'static str> = Vec::new();
    for (index, event) in events.iter().enumerate() {
        if let Some(tag) = block_tag(event) {
            let text = block_text(&events[index..]);
            let lang = block_language(&text, page_lang, &document.languages)
                .map(|lang| format!(" lang=\"{}\"", escape(lang)))
                .unwrap_or_default();
            out.push(Event::Html(format!("<{tag} dir=\"auto\"{lang}>").into()));
            open.push(tag);
            continue;
        }
        if matches!(
            event,
            Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::Heading(_))
        ) && let Some(tag) = open.pop()
        {
            out.push(Event::Html(format!("</{tag}>\n").into()));
            continue;
        }
        out.push(event.clone());
    }
    out
}

/// The text of the block `events` starts with, nested blocks included.
fn block_text(events: &[Event<'_>]) -> String {
    let mut depth = 0;
    let mut text = String::new();
    for event in events {
        match event {
            Event::Start(_) => depth += 1,
            Event::End(_) => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            _ => {}
        }
    }
    text
}

/// The HTML tag of a text block Carta writes, for the blocks that get `dir`.
fn block_tag(event: &Event<'_>) -> Option<&'static str> {
    match event {
        Event::Start(Tag::Paragraph) => Some("p"),
        Event::Start(Tag::Item) => Some("li"),
        Event::Start(Tag::Heading { level, .. }) => Some(match level {
            HeadingLevel::H1 => "h1",
            HeadingLevel::H2 => "h2",
            HeadingLevel::H3 => "h3",
            HeadingLevel::H4 => "h4",
            HeadingLevel::H5 => "h5",
            HeadingLevel::H6 => "h6",
        }),
        _ => None,
    }
}

/// The language of a block of `text` when it differs from `page_lang`: the one
/// profile language written in the block's script, if the page's language is
/// not written in it.
fn block_language<'l>(text: &str, page_lang: &str, languages: &'l [String]) -> Option<&'l str> {
    // The script most of its letters are in: "UNESCO" does not make an Arabic
    // paragraph English.
    let mut counts: Vec<(unicode_script::Script, usize)> = Vec::new();
    for script in text.chars().filter_map(crate::text::script::script_of) {
        match counts.iter_mut().find(|(s, _)| *s == script) {
            Some((_, n)) => *n += 1,
            None => counts.push((script, 1)),
        }
    }
    let (script, _) = counts.into_iter().max_by_key(|(_, n)| *n)?;
    let writes = |lang: &str| crate::text::script::language_writes(lang, script);
    if writes(page_lang) {
        return None;
    }
    let mut candidates = languages.iter().filter(|lang| writes(lang));
    match (candidates.next(), candidates.next()) {
        (Some(only), None) => Some(only),
        _ => None,
    }
}

/// Text made safe to put in HTML.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
