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

/// `line` cut in two at byte `at` of its plain text (see [`plain`]), each
/// half written again with its own marks, so emphasis running across the
/// cut is closed before it and opened again after it (`**one. two.**` cut
/// after "one." gives `**one.**` and `**two.**`). A line without emphasis
/// is cut as written.
pub fn split(line: &str, at: usize) -> (String, String) {
    let pieces = spans(line);
    if pieces
        .iter()
        .all(|span| span.emphasis == Emphasis::default())
    {
        let shown: String = pieces.into_iter().map(|span| span.text).collect();
        let at = floor_boundary(&shown, at);
        return (shown[..at].to_owned(), shown[at..].to_owned());
    }
    let (mut head, mut tail) = (Vec::new(), Vec::new());
    let mut start = 0;
    for span in pieces {
        let end = start + span.text.len();
        if end <= at {
            head.push(span);
        } else if start >= at {
            tail.push(span);
        } else {
            let cut = floor_boundary(&span.text, at - start);
            head.push(Span {
                text: span.text[..cut].to_owned(),
                emphasis: span.emphasis,
            });
            tail.push(Span {
                text: span.text[cut..].to_owned(),
                emphasis: span.emphasis,
            });
        }
        start = end;
    }
    (marked(&head), marked(&tail))
}

/// The largest character boundary of `text` at or before `at`.
fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// `pieces` written as Markdown: marks around each emphasised piece (its
/// outer spaces left outside them, where Markdown wants them), the
/// characters Markdown would read as marks escaped.
fn marked(pieces: &[Span]) -> String {
    let mut out = String::new();
    for span in pieces {
        let mark = match (span.emphasis.strong, span.emphasis.italic) {
            (true, true) => "***",
            (true, false) => "**",
            (false, true) => "*",
            (false, false) => "",
        };
        let core = span.text.trim();
        let before = &span.text[..span.text.len() - span.text.trim_start().len()];
        let after = &span.text[span.text.trim_end().len()..];
        out.push_str(before);
        if !core.is_empty() {
            out.push_str(mark);
            for c in core.chars() {
                if matches!(c, '\\' | '*' | '_' | '`' | '[' | ']' | '<') {
                    out.push('\\');
                }
                out.push(c);
            }
            out.push_str(mark);
        }
        if span.text.trim().is_empty() {
            continue;
        }
        out.push_str(after);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cut_inside_emphasis_closes_and_reopens_it() {
        let line = "We **aim one. Aim two.** and *more*.";
        let at = plain(line).find("Aim two").unwrap();
        let (head, tail) = split(line, at);
        assert_eq!(
            described(head.trim_end()),
            [
                ("We ".into(), false, false),
                ("aim one.".into(), false, true)
            ]
        );
        assert_eq!(head.trim_end(), "We **aim one.**");
        assert_eq!(plain(&tail), "Aim two. and more.");
        assert_eq!(described(&tail)[0], ("Aim two.".into(), false, true));
        // Without emphasis, the cut is where it was asked.
        assert_eq!(split("One. Two.", 5), ("One. ".into(), "Two.".into()));
        // Wherever it is cut, no letter is lost or added, marks in the text
        // itself ("5 * 3") included.
        let unspaced = |text: &str| {
            text.chars()
                .filter(|c| !c.is_whitespace())
                .collect::<String>()
        };
        for line in [
            "**5 * 3** is *15*. Yes_no [a] `b`.",
            "光州は**人権の都市**です。はい。",
        ] {
            let shown = plain(line);
            for at in (0..=shown.len()).filter(|&at| shown.is_char_boundary(at)) {
                let (head, tail) = split(line, at);
                assert_eq!(
                    unspaced(&(plain(&head) + &plain(&tail))),
                    unspaced(&shown),
                    "{line:?} cut at {at}: {head:?} | {tail:?}"
                );
            }
        }
    }

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
