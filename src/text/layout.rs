//! Paragraphs set for print: shaped (harfrust), ordered (the Unicode
//! Bidirectional Algorithm), broken into lines by measured width (ICU's line
//! breaker: between CJK characters, Thai by dictionary), each character in a
//! face the computer has for its script. Parley does the work; what comes out
//! is glyphs and where they go, for any drawing back end.

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;

use parley::fontique::{FontStyle, FontWeight};
use parley::{
    Alignment, AlignmentOptions, FontFamily, Layout, LineHeight, PositionedLayoutItem,
    StyleProperty,
};

use super::fonts::{self, Face, FontBytes, Source};
use super::inline::Span;

/// How a paragraph's lines sit in its box.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// Left for left-to-right text, right for right-to-left: where reading starts.
    Start,
    Center,
    /// Right for left-to-right text: labels set against what they name.
    End,
}

/// What to set: the pieces of a paragraph, at `size` points, at most `width`
/// wide, lines `line_height` times the size apart.
pub struct Request<'a> {
    pub spans: &'a [Span],
    pub size: f32,
    pub width: f32,
    pub line_height: f32,
    pub align: Align,
    pub strong: bool,
}

/// A glyph of a run: drawn at the pen plus its offset (y down), then the
/// pen moves on by its advance.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedGlyph {
    pub id: u32,
    pub x_offset: f32,
    pub y_offset: f32,
    pub advance: f32,
    /// The bytes of [`Block::text`] this glyph draws: its own characters
    /// where they can be told apart, else its whole cluster's.
    pub text: Range<usize>,
    /// The bytes of the cluster the shaper drew this glyph in, with the
    /// glyphs around it that share it (a letter and its marks).
    pub cluster: Range<usize>,
    /// The part of [`PlacedGlyph::text`] this glyph draws, where the
    /// shaper split a character in two (Bengali's ো drawn as ে and া, Thai's
    /// ำ as ํ and า): that part's own characters.
    pub part: Option<String>,
}

/// Glyphs of one face in a row, in the order they are seen.
#[derive(Clone, Debug)]
pub struct PlacedRun {
    pub face: Face,
    pub size: f32,
    /// Where the run starts: left edge and baseline, from the block's top left.
    pub x: f32,
    pub baseline: f32,
    /// Read right to left: its glyphs come in the opposite order.
    pub rtl: bool,
    pub glyphs: Vec<PlacedGlyph>,
}

/// A set paragraph.
#[derive(Clone, Debug)]
pub struct Block {
    /// The text the glyphs draw, without Markdown marks.
    pub text: String,
    pub width: f32,
    pub height: f32,
    pub lines: usize,
    /// For each line, the byte of [`Block::text`] just after it and the
    /// line's bottom: where a paragraph may be cut between lines.
    pub line_ends: Vec<(usize, f32)>,
    pub runs: Vec<PlacedRun>,
    /// Characters no face on the computer could draw.
    pub missing: Vec<char>,
}

/// Sets `request` with the fonts of `source`.
pub fn set(source: Source, request: &Request<'_>) -> Block {
    set_in(source, request, fonts::Library::stack_for)
}

/// [`set`], the paragraph's font stack chosen by `stack`.
fn set_in(
    source: Source,
    request: &Request<'_>,
    stack: impl FnOnce(&mut fonts::Library, &str) -> String,
) -> Block {
    let text: String = request.spans.iter().map(|s| s.text.as_str()).collect();
    let mut library = fonts::library(source);
    // The layout engine's scratch space is kept with the fonts, not made anew.
    let family = stack(&mut library, &text);
    let fonts::Library {
        context, layout, ..
    } = &mut *library;
    let mut layout: Layout<[u8; 4]> = {
        let mut builder = layout.ranged_builder(context, &text, 1.0, false);
        builder.push_default(StyleProperty::FontFamily(FontFamily::Source(Cow::Owned(
            family,
        ))));
        builder.push_default(StyleProperty::FontSize(request.size));
        builder.push_default(StyleProperty::LineHeight(LineHeight::FontSizeRelative(
            request.line_height,
        )));
        if request.strong {
            builder.push_default(StyleProperty::FontWeight(FontWeight::BOLD));
        }
        let mut at = 0;
        for span in request.spans {
            let range = at..at + span.text.len();
            at = range.end;
            if span.emphasis.strong {
                builder.push(StyleProperty::FontWeight(FontWeight::BOLD), range.clone());
            }
            if span.emphasis.italic {
                builder.push(StyleProperty::FontStyle(FontStyle::Italic), range);
            }
        }
        builder.build(&text)
    };
    layout.break_all_lines(Some(request.width));
    let alignment = match request.align {
        Align::Start => Alignment::Start,
        Align::Center => Alignment::Center,
        Align::End => Alignment::End,
    };
    layout.align(alignment, AlignmentOptions::default());
    drop(library);

    let mut faces: HashMap<(u64, u32), Face> = HashMap::new();
    let mut runs = Vec::new();
    let mut missing = Vec::new();
    let mut line_ends = Vec::with_capacity(layout.len());
    for line in layout.lines() {
        line_ends.push((line.text_range().end, line.metrics().block_max_coord));
        // Glyphs already taken from each run of the line, by its text range.
        let mut drawn: HashMap<(usize, usize), usize> = HashMap::new();
        for item in line.items() {
            let PositionedLayoutItem::GlyphRun(glyph_run) = item else {
                continue;
            };
            let run = glyph_run.run();
            let font = run.font();
            let face = faces
                .entry((font.data.id(), font.index))
                .or_insert_with(|| {
                    let bytes: FontBytes = std::sync::Arc::new(font.data.clone());
                    Face {
                        name: String::new(),
                        bytes,
                        index: font.index,
                    }
                })
                .clone();
            let owners = text_owners(run);
            // A run whose style changes within it (bold synthesised on one
            // face) comes as several glyph runs: each takes its own glyphs.
            let count = glyph_run.glyphs().count();
            let key = (run.text_range().start, run.text_range().end);
            let skip = drawn.get(&key).copied().unwrap_or(0);
            drawn.insert(key, skip + count);
            let charmap = skrifa::FontRef::from_index(font.data.as_ref(), font.index)
                .ok()
                .map(|font| skrifa::MetadataProvider::charmap(&font));
            let mut glyphs = Vec::new();
            let in_this_run = run
                .visual_clusters()
                .flat_map(|cluster| {
                    let range = (owners.get(&cluster.text_range().start).cloned())
                        .unwrap_or_else(|| cluster.text_range());
                    cluster.glyphs().map(move |glyph| (glyph, range.clone()))
                })
                .skip(skip)
                .take(count);
            {
                for (glyph, range) in in_this_run {
                    if glyph.id == 0
                        && let Some(c) = text[range.clone()].chars().next()
                        && !c.is_whitespace()
                        && !c.is_control()
                    {
                        missing.push(c);
                    }
                    glyphs.push(PlacedGlyph {
                        id: glyph.id,
                        x_offset: glyph.x,
                        y_offset: glyph.y,
                        advance: glyph.advance,
                        text: range.clone(),
                        cluster: range.clone(),
                        part: None,
                    });
                }
            }
            if let Some(charmap) = &charmap {
                split_clusters(&mut glyphs, &text, charmap, run.is_rtl());
            }
            fold_invisible(&mut glyphs, &text);
            runs.push(PlacedRun {
                face,
                size: run.font_size(),
                x: glyph_run.offset(),
                baseline: glyph_run.baseline(),
                rtl: run.is_rtl(),
                glyphs,
            });
        }
    }
    Block {
        width: layout.width(),
        height: layout.height(),
        lines: layout.len(),
        line_ends,
        text,
        runs,
        missing,
    }
}

/// Takes away the glyphs that draw nothing for characters that show
/// nothing (a zero-width non-joiner in Persian, the isolates around a
/// name, a variation selector), which a face draws with its space glyph:
/// their characters go to the cluster of the glyph read before them (or
/// after), so a span of actual text still holds them, and the space glyph
/// keeps standing for a space. A run of nothing but those is left empty.
fn fold_invisible(glyphs: &mut Vec<PlacedGlyph>, text: &str) {
    let invisible = |glyph: &PlacedGlyph| {
        glyph.advance == 0.0
            && glyph.part.is_none()
            && text
                .get(glyph.text.clone())
                .is_some_and(|t| !t.is_empty() && t.chars().all(shows_nothing))
    };
    while let Some(at) = glyphs.iter().position(invisible) {
        let gone = glyphs.remove(at);
        // Inside a cluster that keeps other glyphs (a joiner within a
        // syllable), its characters stay with them.
        if glyphs.iter().any(|glyph| glyph.cluster == gone.cluster) {
            continue;
        }
        let before = (glyphs.iter())
            .filter(|glyph| glyph.cluster.end <= gone.cluster.start)
            .max_by_key(|glyph| glyph.cluster.end)
            .or_else(|| {
                (glyphs.iter())
                    .filter(|glyph| glyph.cluster.start >= gone.cluster.end)
                    .min_by_key(|glyph| glyph.cluster.start)
            })
            .map(|glyph| glyph.cluster.clone());
        let Some(cluster) = before else { continue };
        let joined = cluster.start.min(gone.cluster.start)..cluster.end.max(gone.cluster.end);
        for glyph in glyphs.iter_mut().filter(|glyph| glyph.cluster == cluster) {
            glyph.cluster = joined.clone();
        }
    }
}

/// Characters that show nothing of their own: Unicode's default
/// ignorables, as the shaper hides them.
fn shows_nothing(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{17B4}'..='\u{17B5}'
            | '\u{180B}'..='\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{FFF0}'..='\u{FFF8}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0000}'..='\u{E0FFF}'
    )
}

/// Gives each glyph of a shaped cluster the characters it draws, so that a
/// PDF reader maps every glyph to its own text and reads no letter twice:
/// the character whose glyph it is by the face's character map (a Thai
/// consonant and the vowel over it, a Devanagari consonant and its vowel
/// sign, wherever the sign is drawn), and the characters the map does not
/// place (a vowel sign's narrower form, a raised tone mark, a conjunct)
/// to the glyphs left over (see [`owners_of`]).
fn split_clusters(
    glyphs: &mut [PlacedGlyph],
    text: &str,
    charmap: &skrifa::charmap::Charmap<'_>,
    rtl: bool,
) {
    let mut start = 0;
    while start < glyphs.len() {
        let range = glyphs[start].text.clone();
        let end = start
            + glyphs[start..]
                .iter()
                .take_while(|glyph| glyph.text == range)
                .count();
        let cluster = &mut glyphs[start..end];
        start = end;
        if cluster.len() < 2 {
            continue;
        }
        let Some(chars) = text.get(range.clone()) else {
            continue;
        };
        let chars: Vec<(Range<usize>, char)> = (chars.char_indices())
            .map(|(at, c)| (range.start + at..range.start + at + c.len_utf8(), c))
            .collect();
        let ids: Vec<(u32, bool)> = (cluster.iter())
            .map(|glyph| (glyph.id, glyph.advance > 0.0))
            .collect();
        for (glyph, (own, part)) in cluster
            .iter_mut()
            .zip(owners_of(&ids, &chars, charmap, rtl))
        {
            glyph.text = own;
            glyph.part = part;
        }
    }
}

/// The characters each of a cluster's glyphs (`ids`, as drawn, and
/// whether each takes room) stands for, from `chars` (in reading order),
/// and the part of them it draws where a character was split in two.
/// Glyphs that cannot be told apart stand for all the characters no glyph
/// was found for.
fn owners_of(
    ids: &[(u32, bool)],
    chars: &[(Range<usize>, char)],
    charmap: &skrifa::charmap::Charmap<'_>,
    rtl: bool,
) -> Vec<(Range<usize>, Option<String>)> {
    // The glyph of each character, first by the character map.
    let mut owner: Vec<Option<usize>> = vec![None; chars.len()];
    let mut taken = vec![false; ids.len()];
    for (at, (_, c)) in chars.iter().enumerate() {
        let Some(id) = charmap.map(*c).map(skrifa::GlyphId::to_u32) else {
            continue;
        };
        if let Some(glyph) = (0..ids.len()).find(|&g| !taken[g] && ids[g].0 == id) {
            owner[at] = Some(glyph);
            taken[glyph] = true;
        }
    }
    // A joiner inside a syllable, drawn as the face's space taking no room.
    let space = charmap.map(' ').map(skrifa::GlyphId::to_u32);
    for (at, (_, c)) in chars.iter().enumerate() {
        if owner[at].is_none()
            && shows_nothing(*c)
            && let Some(glyph) =
                (0..ids.len()).find(|&g| !taken[g] && !ids[g].1 && Some(ids[g].0) == space)
        {
            owner[at] = Some(glyph);
            taken[glyph] = true;
        }
    }
    let mut free: Vec<usize> = (0..ids.len()).filter(|&g| !taken[g]).collect();
    if rtl {
        free.reverse();
    }
    let mut groups: Vec<Range<usize>> = Vec::new();
    for at in (0..chars.len()).filter(|&at| owner[at].is_none()) {
        match groups.last_mut() {
            Some(group) if group.end == at => group.end = at + 1,
            _ => groups.push(at..at + 1),
        }
    }
    // A vowel sign drawn before its consonant is a glyph of its own (ि
    // before the conjunct स्थ drawn as one).
    if !rtl {
        groups = (groups.into_iter())
            .flat_map(|group| {
                let mut pieces: Vec<Range<usize>> = Vec::new();
                for at in group {
                    let alone = is_pre_base_vowel_sign(chars[at].1);
                    match pieces.last_mut() {
                        Some(piece) if !alone && !is_pre_base_vowel_sign(chars[piece.start].1) => {
                            piece.end = at + 1;
                        }
                        _ => pieces.push(at..at + 1),
                    }
                }
                pieces
            })
            .collect();
    }
    let bytes = |group: &Range<usize>| chars[group.start].0.start..chars[group.end - 1].0.end;
    // A letter and its marks left to a glyph for the letter and one for the
    // marks (Arabic's shadda and fatha drawn as one): each takes its kind.
    if let [group] = groups.as_slice()
        && free.len() > 1
        && let Some(kinds) = by_kind(&chars[group.clone()], group.start, &free, ids)
    {
        for (glyph, kind) in kinds {
            owner[kind].fill(Some(glyph));
        }
        groups.clear();
        free.clear();
    }
    if free.len() == groups.len() {
        // The glyphs left take the groups of neighbouring characters left,
        // one each, in reading order; a vowel sign drawn before its
        // consonant (Devanagari's ि) takes the glyph drawn first.
        if !rtl
            && let Some(before) = groups
                .iter()
                .position(|group| group.len() == 1 && is_pre_base_vowel_sign(chars[group.start].1))
        {
            let sign = groups.remove(before);
            groups.insert(0, sign);
        }
        for (glyph, group) in free.into_iter().zip(groups) {
            owner[group].fill(Some(glyph));
        }
    } else if free.is_empty() {
        // Characters drawn by no glyph of their own (a virama, a joiner)
        // go with the glyph of the character before them, or after.
        for group in groups {
            let next = (group.start > 0)
                .then(|| owner[group.start - 1])
                .flatten()
                .or_else(|| owner.get(group.end).copied().flatten());
            owner[group].fill(next);
        }
    } else if let Some(split) = split_parts(chars, &groups, ids, &free, charmap) {
        // Characters drawn in pieces (ো as ে and া, ำ as ํ and า): each
        // piece stands for its part.
        let mut parts: Vec<Option<(Range<usize>, String)>> = vec![None; ids.len()];
        for (glyph, part) in free.iter().zip(split) {
            parts[*glyph] = Some(part);
        }
        let left = bytes(&(groups[0].start..groups[groups.len() - 1].end));
        return (0..ids.len())
            .map(|glyph| match parts[glyph].take() {
                Some((range, part)) => (range, Some(part)),
                None => (
                    owned_range(&owner, chars, glyph).unwrap_or_else(|| left.clone()),
                    None,
                ),
            })
            .collect();
    } else {
        // Told apart no further: the glyphs left take the characters left,
        // one each in reading order, the last all the rest; the glyphs
        // found keep their own.
        return share_out(&owner, chars, &groups, &free, ids, charmap);
    }
    let whole = chars[0].0.start..chars[chars.len() - 1].0.end;
    (0..ids.len())
        .map(|glyph| {
            let own = owned_range(&owner, chars, glyph).unwrap_or_else(|| whole.clone());
            (own, None)
        })
        .collect()
}

/// The characters `chars` (from `first` on) left to the glyphs `free`,
/// shared by kind: the letters in a row to the glyphs that take room, the
/// marks in a row to those that do not, each in reading order. None when
/// the kinds do not come out even.
fn by_kind(
    chars: &[(Range<usize>, char)],
    first: usize,
    free: &[usize],
    ids: &[(u32, bool)],
) -> Option<Vec<(usize, Range<usize>)>> {
    use unicode_normalization::char::is_combining_mark;
    let mut rows: Vec<(bool, Range<usize>)> = Vec::new();
    for (at, (_, c)) in chars.iter().enumerate() {
        let mark = is_combining_mark(*c);
        match rows.last_mut() {
            Some((kind, row)) if *kind == mark => row.end = first + at + 1,
            _ => rows.push((mark, first + at..first + at + 1)),
        }
    }
    let mut letters = free.iter().filter(|&&glyph| ids[glyph].1);
    let mut marks = free.iter().filter(|&&glyph| !ids[glyph].1);
    if rows.len() != free.len() {
        return None;
    }
    rows.into_iter()
        .map(|(mark, row)| {
            let glyph = if mark { marks.next() } else { letters.next() };
            glyph.map(|&glyph| (glyph, row))
        })
        .collect()
}

/// What each glyph stands for when the glyphs `free` could not be told
/// apart: the characters in `groups`, one each in reading order, the last
/// glyph all the rest (a glyph standing for characters apart from each
/// other stands for them as a part, in order). A glyph with no character
/// left is the dotted circle a shaper draws for a sign with no letter, or
/// stands for its neighbour's characters.
fn share_out(
    owner: &[Option<usize>],
    chars: &[(Range<usize>, char)],
    groups: &[Range<usize>],
    free: &[usize],
    ids: &[(u32, bool)],
    charmap: &skrifa::charmap::Charmap<'_>,
) -> Vec<(Range<usize>, Option<String>)> {
    let left: Vec<usize> = groups.iter().flat_map(Clone::clone).collect();
    let mut shared: Vec<Option<Vec<usize>>> = vec![None; ids.len()];
    for (turn, &glyph) in free.iter().enumerate() {
        let mine: Vec<usize> = if turn + 1 == free.len() {
            left.iter().skip(turn).copied().collect()
        } else {
            left.get(turn).copied().into_iter().collect()
        };
        shared[glyph] = Some(mine);
    }
    let whole = chars[0].0.start..chars[chars.len() - 1].0.end;
    let circle = charmap.map('\u{25CC}').map(skrifa::GlyphId::to_u32);
    (0..ids.len())
        .map(|glyph| match &shared[glyph] {
            None => (
                owned_range(owner, chars, glyph).unwrap_or_else(|| whole.clone()),
                None,
            ),
            Some(mine) if mine.is_empty() => {
                if Some(ids[glyph].0) == circle {
                    (whole.clone(), Some("\u{25CC}".to_owned()))
                } else {
                    let near = (0..ids.len())
                        .filter(|&other| other != glyph)
                        .min_by_key(|&other| other.abs_diff(glyph))
                        .and_then(|other| owned_range(owner, chars, other));
                    (near.unwrap_or_else(|| whole.clone()), None)
                }
            }
            Some(mine) => {
                let range = chars[mine[0]].0.start..chars[mine[mine.len() - 1]].0.end;
                let apart = mine.windows(2).any(|pair| pair[1] != pair[0] + 1);
                let part = apart.then(|| mine.iter().map(|&at| chars[at].1).collect());
                (range, part)
            }
        })
        .collect()
}

/// The bytes of the characters `glyph` owns, from the first to the last.
fn owned_range(
    owner: &[Option<usize>],
    chars: &[(Range<usize>, char)],
    glyph: usize,
) -> Option<Range<usize>> {
    let mut owned = (0..chars.len()).filter(|&at| owner[at] == Some(glyph));
    let first = owned.next()?;
    let last = owned.next_back().unwrap_or(first);
    Some(chars[first].0.start..chars[last].0.end)
}

/// What each of the glyphs `free` of `ids` draws of the characters in
/// `groups` of `chars`, where they decompose into as many parts as there
/// are glyphs (ো into ে and া, ำ into ํ and า): each part is given to the
/// glyph the character map names for it, the rest in order; with the
/// bytes of the character each part is of.
fn split_parts(
    chars: &[(Range<usize>, char)],
    groups: &[Range<usize>],
    ids: &[(u32, bool)],
    free: &[usize],
    charmap: &skrifa::charmap::Charmap<'_>,
) -> Option<Vec<(Range<usize>, String)>> {
    use unicode_normalization::char::decompose_compatible;
    let mut parts: Vec<(Range<usize>, char)> = Vec::new();
    for at in groups.iter().flat_map(Clone::clone) {
        decompose_compatible(chars[at].1, |part| parts.push((chars[at].0.clone(), part)));
    }
    let count = free.len();
    if parts.len() != count || count < 2 {
        return None;
    }
    let mut given: Vec<Option<usize>> = vec![None; count];
    let mut rest = Vec::new();
    for (at, (_, part)) in parts.iter().enumerate() {
        let id = charmap.map(*part).map(skrifa::GlyphId::to_u32);
        match (0..count).find(|&g| given[g].is_none() && Some(ids[free[g]].0) == id) {
            Some(g) => given[g] = Some(at),
            None => rest.push(at),
        }
    }
    let mut rest = rest.into_iter();
    given
        .into_iter()
        .map(|part| {
            let (range, c) = &parts[part.or_else(|| rest.next())?];
            Some((range.clone(), c.to_string()))
        })
        .collect()
}

/// Vowel signs drawn before the consonant they follow in the text.
fn is_pre_base_vowel_sign(c: char) -> bool {
    matches!(
        c,
        '\u{093F}' | '\u{094E}' // Devanagari
            | '\u{09BF}' | '\u{09C7}' | '\u{09C8}' // Bengali
            | '\u{0A3F}' // Gurmukhi
            | '\u{0ABF}' // Gujarati
            | '\u{0B47}' // Oriya
            | '\u{0BC6}'..='\u{0BC8}' // Tamil
            | '\u{0D46}'..='\u{0D48}' // Malayalam
            | '\u{0DD9}'..='\u{0DDB}' // Sinhala
            | '\u{1031}' | '\u{1084}' // Myanmar
            | '\u{17C1}'..='\u{17C3}' // Khmer
    )
}

/// The text each glyph-bearing cluster of `run` stands for, by its first
/// byte: its own, and that of the neighbouring clusters the shaper gave no
/// glyph (the "i" of an "fi" ligature, the lam of lam-alef, a hamza shaped
/// with its mark). Parley puts a shaped cluster's glyphs on its first
/// character in a left-to-right run and on its last in a right-to-left one,
/// so glyph-less characters belong to the glyph after them (in reading order)
/// right to left, before them left to right. So a PDF reader reads back every
/// character, in order.
fn text_owners(run: &parley::Run<'_, [u8; 4]>) -> HashMap<usize, Range<usize>> {
    let mut clusters: Vec<(Range<usize>, bool)> = run
        .clusters()
        .map(|cluster| (cluster.text_range(), cluster.glyphs().next().is_some()))
        .collect();
    if run.is_rtl() {
        clusters.reverse();
    }
    let mut owners: Vec<(usize, Range<usize>)> = Vec::new();
    let mut waiting: Option<Range<usize>> = None;
    for (range, has_glyphs) in clusters {
        if has_glyphs {
            let mut owned = range.clone();
            if let Some(w) = waiting.take() {
                owned = owned.start.min(w.start)..owned.end.max(w.end);
            }
            owners.push((range.start, owned));
        } else if let Some((_, owned)) = owners.last_mut() {
            *owned = owned.start.min(range.start)..owned.end.max(range.end);
        } else {
            waiting = Some(waiting.map_or(range.clone(), |w| {
                w.start.min(range.start)..w.end.max(range.end)
            }));
        }
    }
    owners.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::inline::spans;

    fn block(source: Source, text: &str, width: f32) -> Block {
        set(
            source,
            &Request {
                spans: &spans(text),
                size: 17.0,
                width,
                line_height: 1.35,
                align: Align::Start,
                strong: false,
            },
        )
    }

    #[test]
    fn lines_break_by_measured_width_and_marks_are_gone() {
        let text = "The municipality **guarantees** the *right* to housing for every family.";
        let wide = block(Source::BuiltInOnly, text, 2000.0);
        let narrow = block(Source::BuiltInOnly, text, 150.0);
        assert_eq!(wide.lines, 1);
        assert!(narrow.lines >= 3, "{} lines", narrow.lines);
        assert!(narrow.width <= 150.0 + 0.5, "{}", narrow.width);
        assert!(!wide.text.contains('*'));
        assert!(wide.missing.is_empty());
    }

    /// The faces each run of `text` is drawn with, and where.
    fn faces(
        text: &str,
        stack: impl FnOnce(&mut fonts::Library, &str) -> String,
    ) -> Vec<(usize, u32, usize)> {
        let request = Request {
            spans: &spans(text),
            size: 12.0,
            width: 400.0,
            line_height: 1.35,
            align: Align::Start,
            strong: false,
        };
        let block = set_in(Source::System, &request, stack);
        (block.runs.iter())
            .map(|run| {
                let bytes: &[u8] = (*run.face.bytes).as_ref();
                let start = run.glyphs.first().map_or(0, |glyph| glyph.text.start);
                (bytes.as_ptr() as usize, run.face.index, start)
            })
            .collect()
    }

    #[test]
    fn a_paragraph_naming_only_its_first_families_gets_the_same_faces_as_the_whole_list() {
        for text in [
            "The right to housing, 2025: 1.234,5 CLP",
            "광주 인권도시 Gwangju 2025",
            "مدينة حقوق الإنسان تطوان 2025 UNESCO",
            "मानव अधिकार शहर — การฝึกอบรมภายใน — মানবাধিকার",
            "Thành phố Quyền con người 👩‍🏫 ✔",
            // Emoji moved into colour, and symbols beside them.
            "2025 👍🎉 ❤\u{FE0F} 😀",
            "Paris ↔ Lyon ⚠ 😀 🎉",
            "😀 تطوان ⚠ ↔",
            "人权城市 人権都市 שלום Ελλάδα Київ",
        ] {
            assert_eq!(
                faces(text, fonts::Library::stack_for),
                faces(text, fonts::Library::whole_stack),
                "{text}"
            );
        }
        let mut library = fonts::library(Source::System);
        let latin = library.stack_for("The right to housing");
        // Where the system lists its families (not Windows: there the
        // generic names stand), a Latin paragraph names one of them.
        if library.whole_stack("") != latin {
            assert!(latin.matches(", ").count() <= 1, "{latin}");
        }
        assert!(
            latin.ends_with(&format!("\"{}\"", fonts::BUILT_IN_FAMILY)),
            "{latin}"
        );
    }

    /// Each run of `text` set in the system's fonts: its text, its face (by
    /// bytes and index) and whether that face draws in colour.
    #[cfg(target_os = "linux")]
    fn runs_and_faces(text: &str) -> Vec<(String, (usize, u32), bool)> {
        let block = block(Source::System, text, 2000.0);
        (block.runs.iter())
            .map(|run| {
                let start = run.glyphs.iter().map(|glyph| glyph.text.start).min();
                let end = run.glyphs.iter().map(|glyph| glyph.text.end).max();
                let bytes: &[u8] = (*run.face.bytes).as_ref();
                let colour = fonts::is_colour_face(bytes, run.face.index);
                (
                    block.text[start.unwrap_or(0)..end.unwrap_or(0)].to_owned(),
                    (bytes.as_ptr() as usize, run.face.index),
                    colour,
                )
            })
            .collect()
    }

    /// The face of the run of `runs` holding `piece`, and whether it draws
    /// in colour.
    #[cfg(target_os = "linux")]
    fn face_of(runs: &[(String, (usize, u32), bool)], piece: &str) -> ((usize, u32), bool) {
        (runs.iter())
            .find(|(text, _, _)| text.contains(piece))
            .map(|(_, face, colour)| (*face, *colour))
            .unwrap_or_else(|| panic!("{piece} in {runs:?}"))
    }

    /// Emoji in one style: a thumb and a smile, which monochrome families
    /// listed first also draw (Noto Sans Symbols 2, DejaVu Sans), come from
    /// the same colour face as a party popper and a woman teacher, and so
    /// do a heart asked for as an emoji and a smile beside a warning sign;
    /// the words and digits beside them keep the text's face, and so do
    /// symbols in a text whose emoji need no change of face.
    /// Linux only: its tests have Noto Color Emoji beside those two.
    #[test]
    #[cfg(target_os = "linux")]
    fn every_emoji_comes_from_the_colour_face_and_the_text_keeps_its_own() {
        for text in [
            "2025 👍🎉👩\u{200D}🏫 ❤\u{FE0F} 😀",
            "😀 تطوان 👍 مدينة 2025 ⚠ ↔",
        ] {
            let seen = runs_and_faces(text);
            let party = face_of(&seen, "👍");
            assert!(party.1, "the thumb in colour: {seen:?}");
            for emoji in ["👍", "😀"] {
                assert_eq!(face_of(&seen, emoji), party, "{emoji} in {seen:?}");
            }
            assert!(!face_of(&seen, "2025").1, "the digits as text: {seen:?}");
        }
        let seen = runs_and_faces("2025 👍🎉👩\u{200D}🏫 ❤\u{FE0F} 😀");
        for emoji in ["🎉", "👩\u{200D}🏫", "❤\u{FE0F}"] {
            assert_eq!(
                face_of(&seen, emoji),
                face_of(&seen, "👍"),
                "{emoji} in {seen:?}"
            );
        }
        assert!(!face_of(&runs_and_faces("تطوان 😀"), "تطوان").1);
        let seen = runs_and_faces("Paris ↔ Lyon ⚠ ✔ ♀ ☎ 🎉");
        for symbol in ["↔", "⚠", "✔", "♀", "☎"] {
            assert!(!face_of(&seen, symbol).1, "{symbol} as text: {seen:?}");
        }
        assert!(face_of(&seen, "🎉").1, "{seen:?}");
    }

    /// The glyphs of a cluster each stand for their own characters: a
    /// letter keeps its own when its vowel is drawn in two pieces, each
    /// piece standing for its part; a joiner inside a syllable stands with
    /// no glyph; a sign with no letter (drawn on a dotted circle) breaks
    /// nothing.
    #[test]
    fn each_glyph_of_a_cluster_stands_for_its_own_characters() {
        let own = |text: &str| -> Vec<String> {
            let block = block(Source::System, text, 2000.0);
            (block.runs.iter())
                .flat_map(|run| run.glyphs.iter())
                .map(|glyph| {
                    (glyph.part.clone())
                        .unwrap_or_else(|| block.text[glyph.text.clone()].to_owned())
                })
                .collect()
        };
        for text in ["অা", "अा", "(مُحَمَّد)", "\u{2068}محمد\u{2069} 2024", "ﷺ"]
        {
            assert!(!own(text).is_empty(), "{text}");
        }
        let ko = own("কো");
        if ko.len() == 3 {
            for piece in ["ক", "\u{9C7}", "\u{9BE}"] {
                assert!(ko.iter().any(|own| own == piece), "{ko:?}");
            }
        }
        let rally = own("র\u{200D}্যালি");
        assert!(
            rally.iter().all(|own| !own.contains('\u{200D}')),
            "{rally:?}"
        );
        let sthiti = own("स्थिति");
        assert!(
            sthiti.iter().all(|own| own.chars().count() <= 3),
            "{sthiti:?}"
        );
    }

    #[test]
    fn the_built_in_face_reports_what_it_cannot_draw() {
        let lines = block(Source::BuiltInOnly, "광주 Gwangju", 500.0);
        assert!(lines.missing.contains(&'광'), "{:?}", lines.missing);
    }
}
