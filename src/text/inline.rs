//! The Markdown an officer writes inside a line: `*emphasis*`, `_emphasis_`
//! and `**strong**`, read the way every Markdown reader reads them.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::fonts::Emphasis;

/// A piece of a line and how it is set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    pub emphasis: Emphasis,
}

/// `line` as pieces of plain, italic and strong text, without the marks.
/// Anything that is not emphasis (links, code, HTML) reads as its text.
pub fn spans(line: &str) -> Vec<Span> {
    let mut spans: Vec<Span> = Vec::new();
    let mut italic = 0u32;
    let mut strong = 0u32;
    let mut push = |text: &str, italic: u32, strong: u32| {
        let emphasis = Emphasis {
            strong: strong > 0,
            italic: italic > 0,
        };
        match spans.last_mut() {
            Some(last) if last.emphasis == emphasis => last.text.push_str(text),
            _ => spans.push(Span {
                text: text.to_owned(),
                emphasis,
            }),
        }
    };
    for event in Parser::new_ext(line, Options::empty()) {
        match event {
            Event::Start(Tag::Emphasis) => italic += 1,
            Event::End(TagEnd::Emphasis) => italic = italic.saturating_sub(1),
            Event::Start(Tag::Strong) => strong += 1,
            Event::End(TagEnd::Strong) => strong = strong.saturating_sub(1),
            Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph) => {}
            Event::Text(text) | Event::Code(text) | Event::Html(text) | Event::InlineHtml(text) => {
                push(&text, italic, strong);
            }
            Event::SoftBreak | Event::HardBreak => push(" ", italic, strong),
            _ => {}
        }
    }
    let read: String = spans.iter().map(|s| s.text.as_str()).collect();
    // Block syntax ("# ", "- ", "1. ", indented code) changes what a parser
    // keeps; there the line is shown as written rather than lose a character.
    // A line of marks only ("***", "* ") reads as a rule or an empty item.
    if !same_letters(&read, line) || read.trim().is_empty() && !line.trim().is_empty() {
        return vec![Span {
            text: line.to_owned(),
            emphasis: Emphasis::default(),
        }];
    }
    spans
}

/// Every letter of `read` is in `written`, in order, and nothing but marks
/// and spaces were dropped.
fn same_letters(read: &str, written: &str) -> bool {
    let kept = |c: &char| !matches!(c, '*' | '_' | '`' | '\\') && !c.is_whitespace();
    read.chars().filter(kept).eq(written.chars().filter(kept))
}

/// `line` without its emphasis marks, for where emphasis cannot be shown.
pub fn plain(line: &str) -> String {
    spans(line).into_iter().map(|span| span.text).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn described(line: &str) -> Vec<(String, bool, bool)> {
        spans(line)
            .into_iter()
            .map(|s| (s.text, s.emphasis.italic, s.emphasis.strong))
            .collect()
    }

    #[test]
    fn strong_and_emphasis_are_told_apart() {
        assert_eq!(
            described("a **strong** and *soft* word"),
            [
                ("a ".into(), false, false),
                ("strong".into(), false, true),
                (" and ".into(), false, false),
                ("soft".into(), true, false),
                (" word".into(), false, false),
            ]
        );
    }

    #[test]
    fn arithmetic_and_block_marks_read_as_written() {
        assert_eq!(plain("5 * 3 = 15"), "5 * 3 = 15");
        assert_eq!(plain("# 1 priority"), "# 1 priority");
        assert_eq!(plain("1. first"), "1. first");
        assert_eq!(plain("- item"), "- item");
        assert_eq!(plain("***"), "***");
        assert_eq!(plain("* "), "* ");
    }

    #[test]
    fn every_script_survives() {
        for line in [
            "광주 **인권** 도시",
            "مدينة *تطوان*",
            "Thành phố Hồ Chí Minh",
        ] {
            let read = plain(line);
            assert_eq!(read.replace(['*'], ""), line.replace(['*'], ""));
        }
    }
}
