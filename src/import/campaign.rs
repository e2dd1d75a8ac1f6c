//! The campaign's plain-text profile page → a document, with a report of
//! whatever could not be placed. Lenient by design: real pages vary.

use std::fmt;

use super::labels::{Heading, heading_of, label_of, vision_question_of};
use crate::i18n::Language;
use crate::model::{
    Document, GovernmentType, Localized, Mandate, PolicyArea, PopulationRange, Program, ProgramId,
    Unplaced, VisionForm, Vocabulary, suggest, wording,
};
use crate::store::LoadError;
use crate::tr;

/// Something the officer should look at after an import.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    /// 1-based line of the page, or 0 for the page as a whole.
    pub line: usize,
    pub kind: NoteKind,
}

/// What an import note is about; the quoted texts are the page's own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoteKind {
    NoTitle,
    /// A line outside any section.
    NotPlaced(String),
    /// A section heading, as the page writes it, seen a second time.
    Twice(&'static str),
    /// A section heading the page lacks.
    Missing(&'static str),
    EndsMidSentence,
    NoYear(String),
    ProseBeforeQuestions,
    TextBetweenAims(String),
    ItemBeforeFirstArea,
    /// A section the page has no heading for, taken to start at this line by its shape.
    FoundByShape(&'static str),
    /// Texts longer than a profile's text can be: cut, the rest kept as
    /// text not placed yet.
    TooLong(usize),
}

impl NoteKind {
    /// The note in `words`.
    pub fn message(&self, words: Language) -> String {
        match self {
            Self::NoTitle => tr!(words, "import-no-title"),
            Self::NotPlaced(text) => tr!(words, "import-not-placed", text = text.as_str()),
            Self::Twice(heading) => tr!(words, "import-twice", heading = *heading),
            Self::Missing(heading) => tr!(words, "import-missing", heading = *heading),
            Self::EndsMidSentence => tr!(words, "import-ends-mid-sentence"),
            Self::NoYear(value) => tr!(words, "import-no-year", value = value.as_str()),
            Self::ProseBeforeQuestions => tr!(words, "import-prose-before-questions"),
            Self::TextBetweenAims(text) => {
                tr!(words, "import-text-between-aims", text = text.as_str())
            }
            Self::ItemBeforeFirstArea => tr!(words, "import-item-before-first-area"),
            Self::FoundByShape(heading) => tr!(words, "import-found-by-shape", heading = *heading),
            Self::TooLong(count) => tr!(words, "import-too-long", count = *count),
        }
    }
}

/// What the import could not place, or guessed; never silently dropped.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub notes: Vec<Note>,
}

impl ImportReport {
    fn note(&mut self, line: usize, kind: NoteKind) {
        self.notes.push(Note { line, kind });
    }

    pub fn is_empty(&self) -> bool {
        self.notes.is_empty()
    }

    /// One note a line, "line 12: …" in `words`.
    pub fn describe(&self, words: Language) -> String {
        let mut text = String::new();
        for note in &self.notes {
            let message = note.kind.message(words);
            if note.line == 0 {
                text.push_str(&message);
            } else {
                text.push_str(&tr!(
                    words,
                    "import-at-line",
                    line = note.line,
                    note = message
                ));
            }
            text.push('\n');
        }
        text
    }
}

impl fmt::Display for ImportReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Language::ENGLISH))
    }
}

/// Reads a page from raw bytes: invalid UTF-8 is an error with its byte offset.
pub fn import_bytes(bytes: &[u8], source: &str) -> Result<(Document, ImportReport), LoadError> {
    let text = crate::store::utf8_text(bytes, source)?;
    // A profile given as a page made an empty profile and dozens of notes.
    if crate::store::parse(text, source).is_ok() {
        return Err(LoadError {
            source: source.to_owned(),
            position: None,
            problem: crate::store::LoadProblem::ProfileNotPage,
        });
    }
    Ok(import_text(text))
}

/// One line of the page, cleaned of the page's invisible quirks.
struct Line {
    number: usize,
    text: String,
}

/// Reads a page of the campaign's text format.
pub fn import_text(text: &str) -> (Document, ImportReport) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines: Vec<Line> = text
        .split('\n')
        .enumerate()
        .map(|(index, raw)| Line {
            number: index + 1,
            text: raw
                .trim_end_matches('\r')
                .replace(['\u{a0}', '\u{2007}', '\u{202f}', '\t'], " ")
                .replace(['\u{200b}', '\u{feff}'], ""),
        })
        .collect();
    let mut report = ImportReport::default();
    let mut document = Document::default();

    let mut rest: &[Line] = &lines;
    // The title: the first line with text, unless the page starts with a heading.
    if let Some(first) = rest.iter().position(|l| !l.text.trim().is_empty())
        && heading_of(&rest[first].text).is_none()
        && vision_question_of(&rest[first].text).is_none()
    {
        let (name, qualifier) = split_title(rest[first].text.trim());
        document.city.name = Localized::new("en", name);
        if let Some(qualifier) = qualifier {
            document.city.qualifier = Localized::new("en", qualifier);
        }
        rest = &rest[first + 1..];
    } else {
        report.note(0, NoteKind::NoTitle);
    }

    // Cut the rest into sections, one per heading.
    let mut sections: Vec<(Heading, usize, &[Line])> = Vec::new();
    let mut starts: Vec<(usize, Heading, Language)> = (rest.iter().enumerate())
        .filter_map(|(i, line)| heading_of(&line.text).map(|(heading, lang)| (i, heading, lang)))
        .collect();
    // Sections copied without their heading start where their shape says;
    // the line found belongs to the section's text.
    let mut inferred = Vec::new();
    let has = |starts: &[(usize, Heading, Language)], wanted| {
        starts.iter().any(|(_, heading, _)| *heading == wanted)
    };
    // The vision: at its first question.
    if !has(&starts, Heading::Vision)
        && let Some((at, lang)) = (rest.iter().enumerate())
            .find_map(|(i, line)| vision_question_of(&line.text).map(|(_, lang)| (i, lang)))
    {
        inferred.push(at);
        let place = starts.partition_point(|(i, ..)| *i < at);
        starts.insert(place, (at, Heading::Vision, lang));
    }
    // The motivations, inside the vision: from the paragraph naming the
    // campaign, or the lead-in to a list, after the vision's own text.
    // The policies, inside the motivations: after the paragraph closing the aims.
    for (within, wanted, find) in [
        (
            Heading::Vision,
            Heading::Motivations,
            motivations_by_shape as ShapeFinder,
        ),
        (Heading::Motivations, Heading::Policies, policies_by_shape),
    ] {
        if has(&starts, wanted) {
            continue;
        }
        let Some(n) = starts.iter().position(|(_, heading, _)| *heading == within) else {
            continue;
        };
        let (start, _, lang) = starts[n];
        let end = starts.get(n + 1).map_or(rest.len(), |(next, ..)| *next);
        let body = if inferred.contains(&start) {
            start
        } else {
            start + 1
        };
        if let Some(offset) = find(&rest[body..end]) {
            let at = body + offset;
            inferred.push(at);
            starts.insert(n + 1, (at, wanted, lang));
            report.note(
                rest[at].number,
                NoteKind::FoundByShape(label_of(wanted, lang)),
            );
        }
    }
    // The page is in the language most of its headings are in (the first's, on a tie).
    // Counted in one pass: a page of 100,000 headings counted them for each
    // (52 s for 1.5 MB).
    let mut counted: Vec<(Language, usize, usize)> = Vec::new();
    for (index, &(_, _, language)) in starts.iter().enumerate() {
        match counted.iter_mut().find(|(known, ..)| *known == language) {
            Some((_, count, _)) => *count += 1,
            None => counted.push((language, 1, index)),
        }
    }
    let language = (counted.into_iter())
        .max_by_key(|&(_, count, first)| (count, std::cmp::Reverse(first)))
        .map_or_else(|| language_of_words(&lines), |(language, ..)| language);
    // What stands before the first section is kept, to be placed by the officer.
    let outside = starts.first().map_or(rest.len(), |&(first, ..)| first);
    not_placed(&mut document, &mut report, &rest[..outside]);
    for (n, &(start, heading, _)) in starts.iter().enumerate() {
        let end = starts.get(n + 1).map_or(rest.len(), |(next, ..)| *next);
        let body = if inferred.contains(&start) {
            start
        } else {
            start + 1
        };
        sections.push((heading, rest[start].number, &rest[body..end]));
    }

    let mut seen = Vec::new();
    for (heading, line, body) in sections {
        if seen.contains(&heading) {
            report.note(line, NoteKind::Twice(label_of(heading, language)));
        }
        seen.push(heading);
        read_section(&mut document, &mut report, heading, line, body);
    }
    for heading in [
        Heading::Region,
        Heading::Country,
        Heading::Joined,
        Heading::Leader,
        Heading::Mandate,
        Heading::Government,
        Heading::Population,
        Heading::Vision,
        Heading::Motivations,
        Heading::Policies,
    ] {
        if !seen.contains(&heading) {
            report.note(0, NoteKind::Missing(label_of(heading, language)));
        }
    }
    if let Some(last) = lines.iter().rev().find(|l| !l.text.trim().is_empty()) {
        let end = last.text.trim_end();
        let finished = end.ends_with(['.', '!', '?', ':', ';', ')', '"', '”', '’', '»'])
            || heading_of(end).is_some()
            || end.len() < 40;
        if !finished {
            report.note(last.number, NoteKind::EndsMidSentence);
        }
    }
    if language != Language::ENGLISH {
        written_in(&mut document, language.code());
    }
    // Everything Carta writes must open again.
    let cut = crate::model::limits::fit_text_limit(&mut document);
    if cut > 0 {
        report.notes.push(Note {
            line: 0,
            kind: NoteKind::TooLong(cut),
        });
    }
    // Derived from the page: two colleagues importing one page agree.
    document.give_item_ids(true);
    (document, report)
}

/// The language most of a page's words are in, for a page without a single
/// heading: the small words each language uses most and the others do not.
fn language_of_words(lines: &[Line]) -> Language {
    let languages = Language::campaign();
    let small_words = |language: Language| {
        language
            .campaign_words()
            .map_or(&[] as &[String], |words| words.small_words.as_slice())
    };
    let mut counts = vec![0usize; languages.len()];
    for line in lines {
        for word in line.text.split(|c: char| !c.is_alphabetic()) {
            let word = word.to_lowercase();
            for (index, language) in languages.iter().enumerate() {
                if small_words(*language).contains(&word) {
                    counts[index] += 1;
                }
            }
        }
    }
    // Most small words wins; a tie goes to the language listed first.
    let best = (0..languages.len()).max_by_key(|&i| (counts[i], std::cmp::Reverse(i)));
    match best {
        Some(best) if counts[best] > 0 => languages[best],
        _ => Language::ENGLISH,
    }
}

/// Finds where a section without its heading starts in the text of the
/// section before it: an index into `body`.
type ShapeFinder = fn(&[Line]) -> Option<usize>;

/// The index in `body` of the line `block` starts on.
fn line_index(body: &[Line], block: &Block) -> Option<usize> {
    body.iter().position(|line| line.number == block.line())
}

/// Motivations after a vision: after the last question's answer (or the
/// vision's first paragraph), the first paragraph naming the campaign, or
/// else the lead-in ending with ":" of a list.
fn motivations_by_shape(body: &[Line]) -> Option<usize> {
    let blocks = blocks(body);
    let last_question = (blocks.iter()).rposition(
        |block| matches!(block, Block::Paragraph(_, text) if vision_question_of(text).is_some()),
    );
    // The vision keeps at least one paragraph of its own.
    let from = last_question.map_or(1, |question| question + 2);
    let lead_in = (from..blocks.len().saturating_sub(1)).find(|&i| {
        matches!(&blocks[i], Block::Paragraph(_, text) if text.trim_end().ends_with(':'))
            && matches!(blocks[i + 1], Block::Bullet(..))
    })?;
    let start = (from..lead_in)
        .find(|&i| matches!(&blocks[i], Block::Paragraph(_, text) if names_the_campaign(text)))
        .unwrap_or(lead_in);
    line_index(body, &blocks[start])
}

/// "… joining the global campaign …", in the page's three languages.
fn names_the_campaign(text: &str) -> bool {
    let key = crate::model::wording::key(text);
    key.split(' ')
        .any(|word| matches!(word, "CAMPAIGN" | "CAMPANA" | "CAMPAGNE"))
}

/// Policies after motivations: the aims' closing is the paragraph after
/// the last aim; the policies start with the next paragraph, or with the
/// first numbered area.
fn policies_by_shape(body: &[Line]) -> Option<usize> {
    let blocks = blocks(body);
    let first_aim = blocks.iter().position(|b| matches!(b, Block::Bullet(..)))?;
    let first_area =
        (first_aim + 1..blocks.len()).find(|&i| matches!(blocks[i], Block::Numbered(..)))?;
    let last_aim = blocks[..first_area]
        .iter()
        .rposition(|b| matches!(b, Block::Bullet(..)))?;
    let start = if last_aim + 2 < first_area {
        last_aim + 2
    } else {
        first_area
    };
    line_index(body, &blocks[start])
}

/// Keeps the text of `lines` in the document as paragraphs to be placed,
/// and says so in the report.
fn not_placed(document: &mut Document, report: &mut ImportReport, lines: &[Line]) {
    for block in blocks(lines) {
        let text = block.text().to_owned();
        report.note(block.line(), NoteKind::NotPlaced(text.clone()));
        document.unplaced.push(Unplaced {
            line: block.line(),
            text,
        });
    }
}

/// Moves the texts, read as English, to `lang`, the page's own language,
/// which becomes the document's only one.
fn written_in(document: &mut Document, lang: &str) {
    crate::model::translation::for_each_text_mut(document, |_, text| {
        let read = text.get("en").to_owned();
        // A text the page left empty stays unset, as it is in English.
        *text = if read.is_empty() {
            Localized::default()
        } else {
            Localized::new(lang, read)
        };
    });
    document.languages = vec![lang.to_owned()];
}

/// "San Antonio (Chile)" → ("San Antonio", Some("Chile")).
fn split_title(title: &str) -> (String, Option<String>) {
    if let Some(open) = title.rfind('(')
        && title.ends_with(')')
        && open > 0
    {
        let name = title[..open].trim().to_owned();
        let qualifier = title[open + 1..title.len() - 1].trim().to_owned();
        if !name.is_empty() && !qualifier.is_empty() {
            return (name, Some(qualifier));
        }
    }
    (title.to_owned(), None)
}

fn read_section(
    document: &mut Document,
    report: &mut ImportReport,
    heading: Heading,
    line: usize,
    body: &[Line],
) {
    let value_lines: Vec<&Line> = body.iter().filter(|l| !l.text.trim().is_empty()).collect();
    let value = value_lines
        .iter()
        .map(|l| l.text.trim())
        .collect::<Vec<_>>()
        .join(" ");
    let at = value_lines.first().map_or(line, |l| l.number);
    let city = &mut document.city;
    match heading {
        Heading::Region => city.region = vocabulary(&value),
        Heading::Country => city.country = Localized::new("en", value),
        Heading::Government => city.government = vocabulary::<GovernmentType>(&value),
        Heading::Population => city.population = vocabulary::<PopulationRange>(&value),
        Heading::Joined => match first_year(&value) {
            Some(year) => city.joined = Some(year),
            None if value.is_empty() => {}
            None => report.note(at, NoteKind::NoYear(value.to_owned())),
        },
        Heading::Leader => match value.split_once(',') {
            Some((name, title)) => {
                city.leader.name = name.trim().to_owned();
                city.leader.title = Localized::new("en", title.trim());
            }
            None => city.leader.name = value,
        },
        Heading::Mandate => city.mandate = mandate(&value),
        Heading::Vision => read_vision(document, report, body),
        Heading::Motivations => read_motivations(document, report, body),
        Heading::Policies => read_policies(document, report, body),
    }
}

fn vocabulary<T: Vocabulary>(text: &str) -> Option<T> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    // A page names the value in its own words; "Other" only when nothing fits.
    Some(
        T::matching(text, &crate::i18n::Language::campaign())
            .unwrap_or_else(|| T::other(text.to_owned())),
    )
}

fn first_year(text: &str) -> Option<i32> {
    text.split(|c: char| !c.is_ascii_digit())
        .find(|part| part.len() == 4)
        .and_then(|part| part.parse().ok())
}

/// "2024 - 2028", "2021 – 2024" or free text such as "4 years".
fn mandate(text: &str) -> Mandate {
    let parts: Vec<&str> = text.split(['-', '–', '—']).map(str::trim).collect();
    if let [start, end] = parts.as_slice()
        && let (Ok(start), Ok(end)) = (start.parse::<i32>(), end.parse::<i32>())
        && start > 999
        && end > 999
    {
        return Mandate::Years { start, end };
    }
    if text.trim().is_empty() {
        Mandate::Unknown
    } else {
        Mandate::Text(Localized::new("en", text.trim()))
    }
}

/// The building blocks of a section's text.
#[derive(Debug)]
enum Block {
    Paragraph(usize, String),
    Bullet(usize, String),
    Numbered(usize, String),
}

impl Block {
    fn line(&self) -> usize {
        match self {
            Self::Paragraph(line, _) | Self::Bullet(line, _) | Self::Numbered(line, _) => *line,
        }
    }

    fn text(&self) -> &str {
        match self {
            Self::Paragraph(_, text) | Self::Bullet(_, text) | Self::Numbered(_, text) => text,
        }
    }
}

/// The marks a list item starts with, as pages and browsers write them.
const BULLETS: [&str; 9] = ["-", "•", "*", "–", "·", "◦", "▪", "‣", "○"];

fn blocks(body: &[Line]) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut paragraph: Option<(usize, String)> = None;
    let mut bullet_pending = false;
    let mut titled_bullet = false;
    let flush = |paragraph: &mut Option<(usize, String)>, blocks: &mut Vec<Block>| {
        if let Some((line, text)) = paragraph.take() {
            blocks.push(Block::Paragraph(line, text));
        }
    };
    for line in body {
        let text = line.text.trim();
        if text.is_empty() {
            flush(&mut paragraph, &mut blocks);
            titled_bullet = false;
            continue;
        }
        if BULLETS.contains(&text) {
            flush(&mut paragraph, &mut blocks);
            bullet_pending = true;
            titled_bullet = false;
            continue;
        }
        if bullet_pending {
            bullet_pending = false;
            blocks.push(Block::Bullet(line.number, text.to_owned()));
            // "-", then a title line, then its text: one item.
            titled_bullet = !text.ends_with(['.', ';', ':', '!', '?']);
            continue;
        }
        if let Some(item) = BULLETS.iter().find_map(|m| {
            text.strip_prefix(m)
                .filter(|rest| rest.starts_with(char::is_whitespace))
        }) {
            flush(&mut paragraph, &mut blocks);
            blocks.push(Block::Bullet(line.number, item.trim().to_owned()));
            titled_bullet = false;
            continue;
        }
        if titled_bullet
            && numbered_title(text).is_none()
            && let Some(Block::Bullet(_, item)) = blocks.last_mut()
        {
            titled_bullet = false;
            item.push_str(": ");
            item.push_str(text);
            continue;
        }
        if let Some(title) = numbered_title(text) {
            flush(&mut paragraph, &mut blocks);
            blocks.push(Block::Numbered(line.number, title.to_owned()));
            continue;
        }
        // A vision question stands alone, even with its answer on the next line.
        if vision_question_of(text).is_some() {
            flush(&mut paragraph, &mut blocks);
            blocks.push(Block::Paragraph(line.number, text.to_owned()));
            continue;
        }
        match &mut paragraph {
            Some((_, joined)) => {
                joined.push(' ');
                joined.push_str(text);
            }
            None => paragraph = Some((line.number, text.to_owned())),
        }
    }
    flush(&mut paragraph, &mut blocks);
    run_in_lists(&mut blocks);
    blocks
}

/// Two or more paragraphs in a row that each start with a run-in label
/// ("Component 1: …", "Legal aid: …") are a list, written without marks.
fn run_in_lists(blocks: &mut [Block]) {
    let labelled =
        |block: &Block| matches!(block, Block::Paragraph(_, text) if run_in_label(text).is_some());
    let mut i = 0;
    while i < blocks.len() {
        let run = blocks[i..].iter().take_while(|b| labelled(b)).count();
        if run >= 2 {
            for block in &mut blocks[i..i + run] {
                if let Block::Paragraph(line, text) = block {
                    *block = Block::Bullet(*line, std::mem::take(text));
                }
            }
        }
        i += run.max(1);
    }
}

/// The label of "Component 1: text": a few words, capitalised, then ": ".
fn run_in_label(text: &str) -> Option<&str> {
    let (label, rest) = text.split_once(": ")?;
    let words = label.split_whitespace().count();
    let capital = label
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    (capital
        && (1..=5).contains(&words)
        && label.chars().count() <= 40
        && !label.contains(['.', '?', '!'])
        && !rest.trim().is_empty())
    .then_some(label)
}

/// "1. Title" or "2) Title", short enough to be a heading.
fn numbered_title(text: &str) -> Option<&str> {
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return None;
    }
    let rest = &text[digits..];
    let title = rest
        .strip_prefix(". ")
        .or_else(|| rest.strip_prefix(") "))?
        .trim();
    (!title.is_empty() && title.chars().count() <= 150 && !title.ends_with('.')).then_some(title)
}

/// Paragraphs and bullets as Markdown: blank lines between paragraphs, "- " items.
fn markdown(blocks: &[&Block]) -> String {
    let mut text = String::new();
    let mut previous_was_bullet = false;
    for block in blocks {
        let (is_bullet, content) = match block {
            Block::Paragraph(_, content) | Block::Numbered(_, content) => (false, content.as_str()),
            Block::Bullet(_, content) => (true, content.as_str()),
        };
        if !text.is_empty() {
            text.push_str(if is_bullet && previous_was_bullet {
                "\n"
            } else {
                "\n\n"
            });
        }
        if is_bullet {
            text.push_str("- ");
        }
        text.push_str(content);
        previous_was_bullet = is_bullet;
    }
    text
}

fn read_vision(document: &mut Document, report: &mut ImportReport, body: &[Line]) {
    let blocks = blocks(body);
    let question_of = |text: &str| vision_question_of(text).map(|(question, _)| question);
    let questions: Vec<(usize, usize)> = (blocks.iter().enumerate())
        .filter_map(|(i, block)| match block {
            Block::Paragraph(_, text) => question_of(text).map(|q| (i, q)),
            _ => None,
        })
        .collect();
    let vision = &mut document.vision;
    if questions.is_empty() {
        vision.form = VisionForm::Prose;
        vision.prose = Localized::new("en", markdown(&blocks.iter().collect::<Vec<_>>()));
        return;
    }
    vision.form = VisionForm::Questions;
    let before: Vec<&Block> = blocks[..questions[0].0].iter().collect();
    if !before.is_empty() {
        vision.prose = Localized::new("en", markdown(&before));
        let (Block::Paragraph(line, _) | Block::Bullet(line, _) | Block::Numbered(line, _)) =
            before[0];
        report.note(*line, NoteKind::ProseBeforeQuestions);
    }
    for (n, &(start, question)) in questions.iter().enumerate() {
        let end = questions.get(n + 1).map_or(blocks.len(), |(i, _)| *i);
        let answer: Vec<&Block> = blocks[start + 1..end].iter().collect();
        vision.answers[question] = Localized::new("en", markdown(&answer));
    }
}

fn read_motivations(document: &mut Document, report: &mut ImportReport, body: &[Line]) {
    let blocks = blocks(body);
    let first = blocks.iter().position(|b| matches!(b, Block::Bullet(..)));
    let last = blocks.iter().rposition(|b| matches!(b, Block::Bullet(..)));
    let motivations = &mut document.motivations;
    match (first, last) {
        (Some(first), Some(last)) => {
            motivations.introduction =
                Localized::new("en", markdown(&blocks[..first].iter().collect::<Vec<_>>()));
            for block in &blocks[first..=last] {
                match block {
                    Block::Bullet(_, text) => {
                        motivations.aims.push(Localized::new("en", text.clone()));
                    }
                    Block::Paragraph(line, text) | Block::Numbered(line, text) => {
                        report.note(*line, NoteKind::TextBetweenAims(text.clone()));
                        if let Some(aim) = motivations.aims.last_mut() {
                            let joined = format!("{} {text}", aim.get("en"));
                            aim.set("en", joined);
                        }
                    }
                }
            }
            motivations.closing = Localized::new(
                "en",
                markdown(&blocks[last + 1..].iter().collect::<Vec<_>>()),
            );
        }
        _ => {
            motivations.introduction =
                Localized::new("en", markdown(&blocks.iter().collect::<Vec<_>>()));
        }
    }
}

fn read_policies(document: &mut Document, report: &mut ImportReport, body: &[Line]) {
    let blocks = blocks(body);
    let mut introduction: Vec<&Block> = Vec::new();
    let mut area: Option<(PolicyArea, Vec<&Block>, Vec<&Block>)> = None;
    let finish = |document: &mut Document, area: Option<(PolicyArea, Vec<&Block>, Vec<&Block>)>| {
        if let Some((mut area, before, after)) = area {
            let mut description = markdown(&before);
            let tail = markdown(&after);
            if !tail.is_empty() {
                if !description.is_empty() {
                    description.push_str("\n\n");
                }
                description.push_str(&tail);
            }
            area.description = Localized::new("en", description);
            document.policies.areas.push(area);
        }
    };
    // Ids in order, counted here: asking the document for a free one scans
    // every program, which made 100,000 items take 38 s.
    document.repair_next_program_id();
    for block in &blocks {
        match block {
            Block::Numbered(_, title) => {
                finish(document, area.take());
                area = Some((
                    PolicyArea {
                        title: Localized::new("en", title.clone()),
                        ..PolicyArea::default()
                    },
                    Vec::new(),
                    Vec::new(),
                ));
            }
            Block::Bullet(line, text) => {
                let id = ProgramId(document.next_program_id);
                document.next_program_id = document.next_program_id.saturating_add(1);
                let mut program = Program::new(id);
                let (title, summary) = wording::split_item(text);
                program.title = Localized::new("en", title);
                program.summary = Localized::new("en", summary);
                program.suggested = suggest::for_program(&program, "en");
                document.programs.push(program);
                match &mut area {
                    Some((area, _, _)) => area.programs.push(id),
                    None => report.note(*line, NoteKind::ItemBeforeFirstArea),
                }
            }
            Block::Paragraph(..) => match &mut area {
                Some((area, before, after)) => {
                    if area.programs.is_empty() {
                        before.push(block);
                    } else {
                        after.push(block);
                    }
                }
                None => introduction.push(block),
            },
        }
    }
    finish(document, area);
    document.policies.introduction = Localized::new("en", markdown(&introduction));
}
