//! What a profile's file can hold, applied to a document made from outside
//! (an imported page): everything Carta writes must open again. A text over
//! `MAX_TEXT_CHARS` keeps its head, cut at a paragraph's or a sentence's end,
//! and the rest goes to the text not placed yet, in pieces within the limit,
//! for the officer to sort: nothing is lost, nothing is refused on reopening.

use super::localized::MAX_TEXT_CHARS;
use super::translation::for_each_text_mut;
use super::vocab::Vocabulary;
use super::{Document, Unplaced};

/// Fits every text of `document` within the limit; returns how many texts
/// were cut.
pub fn fit_text_limit(document: &mut Document) -> usize {
    let mut rest: Vec<String> = Vec::new();
    let mut cut = 0;
    for_each_text_mut(document, |_, text| {
        for text in text.texts_mut() {
            if let Some(tail) = cut_to_limit(text) {
                rest.push(tail);
                cut += 1;
            }
        }
    });
    for_each_plain_text_mut(document, |text| {
        if let Some(tail) = cut_to_limit(text) {
            rest.push(tail);
            cut += 1;
        }
    });
    let mut kept: Vec<Unplaced> = Vec::new();
    for piece in std::mem::take(&mut document.unplaced) {
        let mut text = piece.text;
        let mut tails = Vec::new();
        while let Some(tail) = cut_to_limit(&mut text) {
            tails.push(std::mem::replace(&mut text, tail));
            cut += 1;
        }
        tails.push(text);
        kept.extend(tails.into_iter().map(|text| Unplaced {
            line: piece.line,
            text,
        }));
    }
    for mut text in rest {
        while let Some(tail) = cut_to_limit(&mut text) {
            kept.push(Unplaced {
                line: 0,
                text: std::mem::replace(&mut text, tail),
            });
        }
        kept.push(Unplaced { line: 0, text });
    }
    document.unplaced = kept;
    cut
}

/// Visits every plain text of `document` (names, codes, links, the officer's
/// own words for a value no list knows): each is read back under the same
/// limit as the translated texts. The texts not placed yet are left to
/// `fit_text_limit`, which splits them into pieces.
fn for_each_plain_text_mut(document: &mut Document, mut visit: impl FnMut(&mut String)) {
    let city = &mut document.city;
    visit(&mut city.leader.name);
    let vocabulary = [
        city.region.as_mut().and_then(Vocabulary::other_text_mut),
        city.government
            .as_mut()
            .and_then(Vocabulary::other_text_mut),
        city.population
            .as_mut()
            .and_then(Vocabulary::other_text_mut),
    ];
    vocabulary.into_iter().flatten().for_each(&mut visit);
    document.languages.iter_mut().for_each(&mut visit);
    document.own_target_groups.iter_mut().for_each(&mut visit);
    for program in &mut document.programs {
        if let Some(text) = program.kind.other_text_mut() {
            visit(text);
        }
        let suggested = program.suggested.kind.iter_mut();
        let groups = program.target_groups.iter_mut();
        let suggested_groups = program.suggested.target_groups.iter_mut();
        groups
            .chain(suggested_groups)
            .filter_map(Vocabulary::other_text_mut)
            .chain(suggested.filter_map(Vocabulary::other_text_mut))
            .for_each(&mut visit);
        program
            .partners
            .iter_mut()
            .for_each(|partner| visit(&mut partner.name));
        program
            .budget
            .iter_mut()
            .for_each(|line| visit(&mut line.currency));
        program
            .evidence
            .iter_mut()
            .for_each(|evidence| visit(&mut evidence.link));
        program.sdg_targets.iter_mut().for_each(&mut visit);
        program.origin.iter_mut().for_each(&mut visit);
    }
}

/// Cuts `text` to the limit when it is over it; returns the rest.
fn cut_to_limit(text: &mut String) -> Option<String> {
    let limit = text.char_indices().nth(MAX_TEXT_CHARS)?.0;
    let at = cut_point(&text[..limit]);
    let tail = text[at..].trim_start().to_owned();
    text.truncate(at);
    let trimmed = text.trim_end().len();
    text.truncate(trimmed);
    Some(tail)
}

/// Where to cut a text whose first `head` must be kept: after the last
/// paragraph in it, else after its last sentence, else at its last space,
/// else at the limit itself (a text with no spaces: Chinese, Japanese).
fn cut_point(head: &str) -> usize {
    let half = head.len() / 2;
    let after =
        |found: Option<usize>, length: usize| found.map(|at| at + length).filter(|at| *at > half);
    after(head.rfind("\n\n"), 2)
        .or_else(|| {
            let ends = [". ", "! ", "? ", "。", "！", "？", ".\n"];
            let found = ends
                .iter()
                .filter_map(|end| head.rfind(end).map(|at| at + end.len()))
                .max();
            after(found, 0)
        })
        .or_else(|| after(head.rfind(' '), 1))
        .unwrap_or(head.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Localized;

    #[test]
    fn a_text_over_the_limit_keeps_its_head_and_loses_nothing() {
        let sentence = "Every resident has the right to the city. ";
        let long = sentence.repeat(MAX_TEXT_CHARS * 2 / sentence.len() + 10);
        let mut document = Document::default();
        document.vision.prose = Localized::new("en", long.clone());
        let cut = fit_text_limit(&mut document);
        assert_eq!(cut, 1, "the one text that was too long");
        let head = document.vision.prose.get("en");
        assert!(head.chars().count() <= MAX_TEXT_CHARS);
        assert!(head.ends_with("city."), "cut at a sentence's end");
        let mut all = head.to_owned();
        for piece in &document.unplaced {
            assert!(piece.text.chars().count() <= MAX_TEXT_CHARS);
            all.push(' ');
            all.push_str(&piece.text);
        }
        let words = |text: &str| {
            text.split_whitespace()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        };
        assert_eq!(words(&all), words(&long), "every word is kept");
    }

    #[test]
    fn plain_texts_over_the_limit_are_cut_too_and_the_document_opens_again() {
        use crate::model::{GovernmentType, Partner};
        let long = "Named by the page. ".repeat(MAX_TEXT_CHARS / 10);
        let mut document = Document::default();
        document.city.leader.name = long.clone();
        document.city.government = Some(GovernmentType::Other(long.clone()));
        let id = document.add_new_program(crate::i18n::Language::ENGLISH);
        let program = document.programs.iter_mut().find(|p| p.id == id).unwrap();
        program.partners.push(Partner {
            name: long.clone(),
            ..Partner::default()
        });
        assert_eq!(fit_text_limit(&mut document), 3);
        assert!(document.city.leader.name.chars().count() <= MAX_TEXT_CHARS);
        let written = ron::to_string(&document).unwrap();
        let read: Document = ron::from_str(&written).expect("what Carta writes opens again");
        assert_eq!(read, document);
        assert_eq!(document.unplaced.len(), 3, "each cut's rest is kept");
    }

    #[test]
    fn a_text_without_spaces_is_cut_at_the_limit() {
        let mut text = "字".repeat(MAX_TEXT_CHARS + 7);
        let tail = cut_to_limit(&mut text).unwrap();
        assert_eq!(text.chars().count(), MAX_TEXT_CHARS);
        assert_eq!(tail.chars().count(), 7);
    }
}
