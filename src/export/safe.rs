//! What a published page may contain of the officer's Markdown: formatting,
//! and links to web pages, mail or files. Raw HTML shows as text, links never
//! run script, and images are not embedded — a reader's browser would fetch
//! them from the network the moment the page opens, telling a third party who
//! read it. An image becomes a link to it that the reader may choose to follow.

use pulldown_cmark::{CowStr, Event, LinkType, Parser, Tag, TagEnd};

/// The events of `markdown`, made safe to publish as HTML.
pub fn events(markdown: &str) -> impl Iterator<Item = Event<'_>> {
    Parser::new(markdown).map(make_safe)
}

/// The events of `markdown`, made safe to write as Markdown again: every
/// text (raw HTML included) has its marks as character references, which
/// every Markdown reader shows as those characters and none takes for
/// markup. (The writer escapes only the first character of a text, so a
/// `</script>` or a `[x](javascript:…)` later in it would be markup again.)
pub fn markdown_events(markdown: &str) -> impl Iterator<Item = Event<'_>> {
    Parser::new(markdown).map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) | Event::Text(raw) => {
            Event::Text(references(&raw).into())
        }
        other => make_safe(other),
    })
}

/// `text` with every character Markdown or HTML reads as a mark written as
/// a numeric character reference (`[` as `&#91;`).
fn references(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '&' | '<'
                | '>'
                | '['
                | ']'
                | '('
                | ')'
                | '!'
                | '*'
                | '_'
                | '`'
                | '\\'
                | '#'
                | '~'
                | '|'
        ) {
            out.push_str(&format!("&#{};", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

/// `markdown` written anew from its safe events.
pub fn rewritten(markdown: &str) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = pulldown_cmark_to_cmark::cmark(markdown_events(markdown), &mut out);
    out.trim().to_owned()
}

fn make_safe(event: Event<'_>) -> Event<'_> {
    match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(safe_link(link_type, dest_url, title, id)),
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(safe_link(link_type, dest_url, title, id)),
        Event::End(TagEnd::Image) => Event::End(TagEnd::Link),
        other => other,
    }
}

fn safe_link<'a>(
    _link_type: LinkType,
    dest_url: CowStr<'a>,
    title: CowStr<'a>,
    _id: CowStr<'a>,
) -> Tag<'a> {
    if is_safe_url(&dest_url) {
        // Inline, with the address resolved: a reference link written anew
        // would depend on a definition elsewhere in the page.
        Tag::Link {
            link_type: LinkType::Inline,
            dest_url,
            title,
            id: CowStr::Borrowed(""),
        }
    } else {
        // An inline link to nowhere: the text stays, the script does not.
        Tag::Link {
            link_type: LinkType::Inline,
            dest_url: CowStr::Borrowed("#"),
            title,
            id: CowStr::Borrowed(""),
        }
    }
}

/// True for web pages, mail, telephone numbers and relative paths.
pub fn is_safe_url(url: &str) -> bool {
    // Browsers ignore control characters and spaces inside a scheme
    // ("java\tscript:"), so they are ignored here too.
    let url: String = (url.chars())
        .filter(|c| !c.is_control() && !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    match url.split_once(':') {
        Some((scheme, _)) if !scheme.contains(['/', '?', '#']) => {
            matches!(scheme, "http" | "https" | "mailto" | "tel")
        }
        _ => true,
    }
}

/// True when `markdown` holds nothing that `events` would change: no raw
/// HTML, no image, no unsafe link, and no reference definition (one text's
/// definition could serve another text's link once the page is assembled).
pub fn is_already_safe(markdown: &str) -> bool {
    let mut parser = Parser::new(markdown);
    let events_safe = parser.by_ref().all(|event| match &event {
        Event::Html(_) | Event::InlineHtml(_) | Event::Start(Tag::Image { .. }) => false,
        Event::Start(Tag::Link { dest_url, .. }) => is_safe_url(dest_url),
        _ => true,
    });
    events_safe && parser.reference_definitions().iter().next().is_none()
}

/// Plain text (a name, a title) made literal in Markdown: nothing in it
/// becomes emphasis, a link, an image or HTML.
pub fn literal(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '~' | '|' | '#' | '!'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_in_any_spelling_are_not_links() {
        for url in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "data:text/html,<script>",
            "vbscript:x",
        ] {
            assert!(!is_safe_url(url), "{url:?}");
        }
        for url in ["https://x.org", "mailto:a@b.c", "reports/2024.pdf", "#top"] {
            assert!(is_safe_url(url), "{url:?}");
        }
    }
}
