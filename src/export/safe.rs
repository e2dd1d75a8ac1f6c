//! What a published page may contain of the officer's Markdown: formatting,
//! and links to web pages, mail or files. Raw HTML shows as text, links never
//! run script, and images are not embedded — a reader's browser would fetch
//! them from the network the moment the page opens, telling a third party who
//! read it. An image becomes a link to it that the reader may choose to follow.

use pulldown_cmark::{CowStr, Event, LinkType, Parser, Tag, TagEnd};

/// The events of `markdown`, made safe to publish as HTML.
pub fn events(markdown: &str) -> impl Iterator<Item = Event<'static>> {
    let bounded = bounded_nesting(markdown).into_owned();
    let events: Vec<Event<'static>> = Parser::new(&bounded)
        .map(|event| make_safe(event).into_static())
        .collect();
    events.into_iter()
}

/// How deep lists and quotes may nest in the officer's text. Deeper marks
/// read as text: every level indents every line below it again, so a
/// description of 49,000 nested `- ` grew its page by the square of its
/// length (15 s for 98 KB); no real text nests further than this.
pub const MAX_NESTING: usize = 8;

/// `markdown` with no line nesting lists or quotes deeper than
/// `MAX_NESTING`, nor indented past that: the marks beyond are escaped (they
/// show as written), the indentation beyond is dropped.
pub fn bounded_nesting(markdown: &str) -> std::borrow::Cow<'_, str> {
    let deepest = MAX_NESTING * 4;
    let too_deep = |line: &str| {
        let (indent, markers, _) = leading(line);
        indent > deepest || markers > MAX_NESTING
    };
    if !markdown.lines().any(too_deep) {
        return markdown.into();
    }
    let mut out = String::with_capacity(markdown.len() + 16);
    for (index, line) in markdown.split('\n').enumerate() {
        if index > 0 {
            out.push('\n');
        }
        if !too_deep(line) {
            out.push_str(line);
            continue;
        }
        let trimmed = line.trim_start_matches([' ', '\t']);
        out.push_str(&line[..indent_within(line, deepest)]);
        let (_, markers, kept) = leading(trimmed);
        out.push_str(&trimmed[..kept]);
        let rest = &trimmed[kept..];
        let text = rest.trim_start_matches([' ', '\t']);
        out.push_str(&rest[..rest.len() - text.len()]);
        if markers > MAX_NESTING {
            escape_mark(&mut out, text);
            continue;
        }
        out.push_str(text);
    }
    out.into()
}

/// How many bytes of `line`'s leading whitespace fit in `columns` (a tab
/// counts as four, as `leading` counts it).
fn indent_within(line: &str, columns: usize) -> usize {
    let mut used = 0;
    line.bytes()
        .take_while(|byte| {
            used += match byte {
                b' ' => 1,
                b'\t' => 4,
                _ => return false,
            };
            used <= columns
        })
        .count()
}

/// Writes `text`, whose first list or quote mark is one too many, so that the
/// mark shows as written: the backslash goes before a bullet or a quote mark,
/// and after a number (before its `.` or `)`), since a backslash escapes
/// punctuation only and would show before a digit.
fn escape_mark(out: &mut String, text: &str) {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && text[digits..].starts_with(['.', ')']) {
        out.push_str(&text[..digits]);
        out.push('\\');
        out.push_str(&text[digits..]);
        return;
    }
    if text.starts_with(['-', '*', '+', '>']) {
        out.push('\\');
    }
    out.push_str(text);
}

/// A line's leading whitespace (in columns), how many list or quote marks
/// open it, and the bytes up to the end of its `MAX_NESTING`-th mark.
fn leading(line: &str) -> (usize, usize, usize) {
    let bytes = line.as_bytes();
    let mut at = 0;
    let mut indent = 0;
    let mut markers = 0;
    let mut kept = 0;
    loop {
        match bytes.get(at) {
            Some(b' ') => indent += 1,
            Some(b'\t') => indent += 4,
            // A quote needs no space after its mark: `>>>>` nests too.
            Some(b'>') => {
                markers += 1;
                if markers <= MAX_NESTING {
                    kept = at + 1;
                }
            }
            Some(b'-' | b'*' | b'+') if matches!(bytes.get(at + 1), None | Some(b' ' | b'\t')) => {
                markers += 1;
                if markers <= MAX_NESTING {
                    kept = at + 1;
                }
            }
            Some(b'0'..=b'9') => {
                let digits = bytes[at..]
                    .iter()
                    .take_while(|b| b.is_ascii_digit())
                    .count();
                let after = at + digits;
                if digits <= 9
                    && matches!(bytes.get(after), Some(b'.' | b')'))
                    && matches!(bytes.get(after + 1), None | Some(b' ' | b'\t'))
                {
                    markers += 1;
                    if markers <= MAX_NESTING {
                        kept = after + 1;
                    }
                    at = after;
                } else {
                    break;
                }
            }
            _ => break,
        }
        at += 1;
    }
    (indent, markers, kept)
}

/// The events of `markdown`, made safe to write as Markdown again: every
/// text (raw HTML included) has its marks as character references, which
/// every Markdown reader shows as those characters and none takes for
/// markup. (The writer escapes only the first character of a text, so a
/// `</script>` or a `[x](javascript:…)` later in it would be markup again.)
pub fn markdown_events(markdown: &str) -> impl Iterator<Item = Event<'static>> {
    let bounded = bounded_nesting(markdown).into_owned();
    let events: Vec<Event<'static>> = Parser::new(&bounded)
        .map(|event| match event {
            Event::Html(raw) | Event::InlineHtml(raw) | Event::Text(raw) => {
                Event::Text(references(&raw).into())
            }
            other => make_safe(other).into_static(),
        })
        .collect();
    events.into_iter()
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

    #[test]
    fn lists_nest_eight_deep_and_deeper_marks_read_as_text() {
        let deep = "- ".repeat(20) + "x";
        let bounded = bounded_nesting(&deep);
        assert!(bounded.starts_with(&"- ".repeat(7)), "{bounded}");
        assert!(bounded.contains("\\-"), "{bounded}");
        let usual = "- one\n  - two\n    - three\n1. first";
        assert_eq!(bounded_nesting(usual), usual, "real lists untouched");
    }

    /// What a reader sees of `markdown` once rendered: its text alone.
    fn shown(markdown: &str) -> String {
        Parser::new(markdown)
            .filter_map(|event| match event {
                Event::Text(text) => Some(text.into_string()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_number_past_the_bound_shows_as_written_without_a_stray_backslash() {
        let deep = "- ".repeat(MAX_NESTING) + "12. twelve";
        let bounded = bounded_nesting(&deep);
        assert_eq!(shown(&bounded), "12. twelve", "{bounded}");
        let deep = "> ".repeat(MAX_NESTING) + "- dash";
        assert_eq!(shown(&bounded_nesting(&deep)), "- dash");
    }

    #[test]
    fn a_line_only_indented_too_far_loses_indentation_not_its_mark() {
        let line = " ".repeat(40) + "- item";
        let bounded = bounded_nesting(&line);
        assert!(!bounded.contains('\\'), "{bounded:?}");
        assert!(bounded.ends_with("- item"), "{bounded:?}");
        let tabs = "\t".repeat(20) + "- item";
        let bounded = bounded_nesting(&tabs);
        let columns: usize = (bounded.bytes())
            .take_while(|byte| matches!(byte, b' ' | b'\t'))
            .map(|byte| if byte == b'\t' { 4 } else { 1 })
            .sum();
        assert!(
            columns <= MAX_NESTING * 4,
            "tabs counted as columns: {columns}"
        );
    }

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
