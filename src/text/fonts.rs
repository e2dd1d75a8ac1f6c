//! The computer's own fonts, found once and shared by the screen and the PDF.
//!
//! The operating system knows which of its fonts covers which script
//! (fontconfig on Linux, DirectWrite on Windows, CoreText on macOS); fontique
//! asks it. Enumerating takes from a few to a few hundred milliseconds, so
//! [`warm_up`] starts it on a thread of its own at start-up and whoever needs
//! the fonts first waits only for what is left. Ubuntu Light, which egui ships,
//! is registered as well: a computer without a single font still gets Latin,
//! Greek and Cyrillic.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};

use skrifa::MetadataProvider;
use unicode_segmentation::UnicodeSegmentation;

use parley::fontique::{
    Attributes, Blob, Collection, CollectionOptions, FamilyId, FontInfoOverride, FontStyle,
    FontWeight, FontWidth, GenericFamily, QueryFamily, QueryStatus,
};

/// The bytes of a font file, shared without copying (the system's files are
/// memory-mapped).
pub type FontBytes = Arc<dyn AsRef<[u8]> + Send + Sync>;

/// One face of a font file: its bytes and its index in a collection (`.ttc`).
#[derive(Clone)]
pub struct Face {
    pub name: String,
    pub bytes: FontBytes,
    pub index: u32,
}

impl std::fmt::Debug for Face {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Face({} #{})", self.name, self.index)
    }
}

/// Weight and slant of a run of text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Emphasis {
    pub strong: bool,
    pub italic: bool,
}

/// The family name under which Ubuntu Light is registered: the last resort of
/// every font stack.
pub const BUILT_IN_FAMILY: &str = "Carta Ubuntu Light";

/// Where fonts come from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Source {
    /// The computer's fonts, then the built-in one.
    #[default]
    System,
    /// Only the built-in font: what a computer with no fonts of its own sees.
    BuiltInOnly,
}

/// The fonts and the scratch space of the layout engine, behind one lock,
/// kept from one paragraph to the next.
pub struct Library {
    pub context: parley::FontContext,
    pub layout: parley::LayoutContext<[u8; 4]>,
    /// The system's families text is set in, best first (see
    /// [`first_choices`]), the built-in face not among them.
    families: Vec<Family>,
    /// For each character met so far, the first of `families` that draws it.
    first_drawing: HashMap<char, Option<usize>>,
    /// Which of `families` is the computer's colour emoji one, once looked for.
    colour_emoji: Option<Option<usize>>,
    /// The same for clusters of several characters: the first that draws
    /// them all.
    first_drawing_all: HashMap<String, Option<usize>>,
}

/// One of the system's families: its CSS name and, once read, the regular
/// face its coverage is judged by.
struct Family {
    id: FamilyId,
    css: String,
    face: Option<Option<(Blob<u8>, u32)>>,
}

impl Library {
    /// The CSS font stack to set `text` in: of the system's families, only
    /// those that are the first to draw one of its characters, in their
    /// order, then the built-in face. The layout engine picks for each
    /// letter the first family of its stack that draws it, so it picks
    /// exactly what it would from the whole list (150-odd families on
    /// Linux), but looks up two or three names per paragraph instead of all
    /// of them: a report of 400,000 paragraphs sets in half the time.
    pub fn stack_for(&mut self, text: &str) -> String {
        if self.families.is_empty() {
            let generic: Vec<&str> = GENERICS.iter().map(|(_, css)| *css).collect();
            return format!("{}, \"{BUILT_IN_FAMILY}\"", generic.join(", "));
        }
        let mut chosen: Vec<usize> = Vec::new();
        let mut choose = |first: Option<usize>| {
            if let Some(first) = first
                && !chosen.contains(&first)
            {
                chosen.push(first);
            }
        };
        for cluster in text.graphemes(true) {
            for c in cluster.chars().filter(|c| !c.is_control()) {
                choose(self.first_drawing(c));
            }
            // The layout engine takes for a cluster of several characters
            // (a letter and its mark, an emoji sequence) the first family
            // that draws them all: that one too.
            if cluster.chars().nth(1).is_some() {
                choose(self.first_drawing_all(cluster));
            }
        }
        chosen.sort_unstable();
        let chosen = self.with_emoji_in_colour(text, chosen);
        let mut names: Vec<&str> = (chosen.iter())
            .map(|&at| self.families[at].css.as_str())
            .collect();
        let built_in = format!("\"{BUILT_IN_FAMILY}\"");
        names.push(&built_in);
        names.join(", ")
    }

    /// Every family in order, then the built-in face: what [`Self::stack_for`]
    /// must choose the same faces as.
    #[cfg(test)]
    pub fn whole_stack(&mut self, text: &str) -> String {
        if self.families.is_empty() {
            return self.stack_for(text);
        }
        let all = (0..self.families.len()).collect();
        let mut names: Vec<String> = (self.with_emoji_in_colour(text, all).into_iter())
            .map(|at| self.families[at].css.clone())
            .collect();
        names.push(format!("\"{BUILT_IN_FAMILY}\""));
        names.join(", ")
    }

    /// `order` (indices of `families`, ascending) with the computer's colour
    /// emoji family moved ahead of the family that would otherwise draw the
    /// text's emoji: emoji in one style (Noto Sans Symbols 2 and DejaVu Sans
    /// draw 👍 and 😀 in outline, and fontconfig lists them first). Never
    /// ahead of a family that draws a letter, digit, mark, punctuation or
    /// space of the text the colour family draws too, so the text keeps its
    /// face; a symbol (⚠ ✔) beside the emoji may come in colour with them,
    /// as in the window (`ui::fonts`), rather than one emoji in outline.
    /// It depends on the text alone, so a paragraph is set the same way
    /// wherever and whenever it is set.
    fn with_emoji_in_colour(&mut self, text: &str, mut order: Vec<usize>) -> Vec<usize> {
        if !text.chars().any(shows_as_emoji) {
            return order;
        }
        let Some(colour) = self.colour_emoji_family() else {
            return order;
        };
        // The colour family goes after every family that draws first one
        // of the text's characters it would otherwise take.
        let mut after = 0;
        let mut emoji_drawn_by = Vec::new();
        for cluster in text.graphemes(true) {
            if is_emoji(cluster) {
                // The layout engine picks an emoji's face by its characters
                // without the variation selectors.
                let base: String = (cluster.chars())
                    .filter(|c| ![TEXT_STYLE, EMOJI_STYLE].contains(c))
                    .collect();
                emoji_drawn_by.extend(self.first_drawing_all(&base));
                continue;
            }
            for c in cluster
                .chars()
                .filter(|c| !c.is_control() && !is_symbol(*c))
            {
                if let Some(first) = self.first_drawing(c)
                    && first < colour
                    && self.draws(colour, c)
                {
                    after = after.max(first + 1);
                }
            }
        }
        let Some(before) = (emoji_drawn_by.into_iter())
            .filter(|&first| first >= after && first < colour)
            .min()
        else {
            return order;
        };
        order.retain(|&at| at != colour);
        let place = order
            .iter()
            .position(|&at| at >= before)
            .unwrap_or(order.len());
        order.insert(place, colour);
        order
    }

    /// The computer's colour emoji family among `families` (the system's
    /// `emoji` family: Noto Color Emoji on Linux), once looked for.
    fn colour_emoji_family(&mut self) -> Option<usize> {
        if let Some(known) = self.colour_emoji {
            return known;
        }
        let emoji: Vec<FamilyId> = (self.context.collection)
            .generic_families(GenericFamily::Emoji)
            .collect();
        let listed: Vec<usize> = (emoji.iter())
            .filter_map(|id| self.families.iter().position(|family| family.id == *id))
            .collect();
        let found = (listed.into_iter()).find(|&at| self.draws(at, '😀') && self.is_colour(at));
        self.colour_emoji = Some(found);
        found
    }

    /// Does family `at` draw in colour?
    fn is_colour(&mut self, at: usize) -> bool {
        self.face(at)
            .is_some_and(|(blob, index)| is_colour_face(blob.as_ref(), *index))
    }

    /// The first of the system's families that draws every character of
    /// `cluster`, once per cluster.
    fn first_drawing_all(&mut self, cluster: &str) -> Option<usize> {
        if let Some(known) = self.first_drawing_all.get(cluster) {
            return *known;
        }
        let found = (0..self.families.len()).find(|&at| {
            (cluster.chars())
                .filter(|c| !c.is_control())
                .all(|c| self.draws(at, c))
        });
        self.first_drawing_all.insert(cluster.to_owned(), found);
        found
    }

    /// The face family `at` is judged by, read on first use.
    fn face(&mut self, at: usize) -> Option<&(Blob<u8>, u32)> {
        let parley::FontContext {
            collection,
            source_cache,
        } = &mut self.context;
        let family = &mut self.families[at];
        let face = family.face.get_or_insert_with(|| {
            let info = collection.family(family.id)?;
            let font = info.default_font()?;
            Some((font.load(Some(source_cache))?, font.index()))
        });
        face.as_ref()
    }

    /// Does family `at` draw `c`?
    fn draws(&mut self, at: usize, c: char) -> bool {
        let Some((blob, index)) = self.face(at) else {
            return false;
        };
        skrifa::FontRef::from_index(blob.as_ref(), *index).is_ok_and(|font| {
            font.charmap()
                .map(c)
                .is_some_and(|glyph| glyph.to_u32() != 0)
        })
    }

    /// The first of the system's families that draws `c`, once per character.
    fn first_drawing(&mut self, c: char) -> Option<usize> {
        if let Some(known) = self.first_drawing.get(&c) {
            return *known;
        }
        let found = (0..self.families.len()).find(|&at| self.draws(at, c));
        self.first_drawing.insert(c, found);
        found
    }
}

fn make(source: Source) -> Library {
    let start = std::time::Instant::now();
    let mut collection = Collection::new(CollectionOptions {
        shared: false,
        system_fonts: source == Source::System,
    });
    let built_in: FontBytes = Arc::new(epaint_default_fonts::UBUNTU_LIGHT);
    // Under a name of its own, so no system font of the same name shadows it.
    collection.register_fonts(
        Blob::new(built_in),
        Some(FontInfoOverride {
            family_name: Some(BUILT_IN_FAMILY),
            ..Default::default()
        }),
    );
    log::debug!("fonts enumerated in {:?}", start.elapsed());
    let families = first_choices(&mut collection);
    Library {
        families,
        first_drawing: HashMap::new(),
        colour_emoji: None,
        first_drawing_all: HashMap::new(),
        context: parley::FontContext {
            collection,
            source_cache: Default::default(),
        },
        layout: parley::LayoutContext::new(),
    }
}

static SYSTEM: OnceLock<Mutex<Library>> = OnceLock::new();
static BUILT_IN_ONLY: OnceLock<Mutex<Library>> = OnceLock::new();

/// Starts finding the computer's fonts in the background; returns at once.
pub fn warm_up() {
    let _ = std::thread::Builder::new()
        .name("carta fonts".into())
        .spawn(|| drop(library(Source::System)));
}

/// The shared font library of `source`, found on first use (or by [`warm_up`]).
pub fn library(source: Source) -> MutexGuard<'static, Library> {
    let cell = match source {
        Source::System => &SYSTEM,
        Source::BuiltInOnly => &BUILT_IN_ONLY,
    };
    let lock = cell.get_or_init(|| Mutex::new(make(source)));
    // A panic while laying out text leaves nothing half-changed that matters.
    lock.lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Does this face draw in colour (bitmaps or layers)?
pub fn is_colour_face(bytes: &[u8], index: u32) -> bool {
    use skrifa::raw::TableProvider as _;
    skrifa::FontRef::from_index(bytes, index)
        .is_ok_and(|face| face.cbdt().is_ok() || face.colr().is_ok() || face.sbix().is_ok())
}

/// The computer's colour emoji face (its `emoji` family: Noto Color Emoji
/// on Linux, Segoe UI Emoji on Windows), if it has one.
pub fn colour_emoji_face(source: Source) -> Option<Face> {
    let mut library = library(source);
    let parley::FontContext {
        collection,
        source_cache,
    } = &mut library.context;
    let emoji: Vec<FamilyId> = collection.generic_families(GenericFamily::Emoji).collect();
    emoji.into_iter().find_map(|id| {
        let info = collection.family(id)?;
        let name = info.name().to_owned();
        let font = info.default_font()?;
        let index = font.index();
        let blob = font.load(Some(source_cache))?;
        let draws_a_smile = skrifa::FontRef::from_index(blob.as_ref(), index).is_ok_and(|face| {
            face.charmap()
                .map('😀')
                .is_some_and(|glyph| glyph.to_u32() != 0)
        });
        if !draws_a_smile || !is_colour_face(blob.as_ref(), index) {
            return None;
        }
        let (bytes, _) = blob.into_raw_parts();
        Some(Face { name, bytes, index })
    })
}

/// Does `c` show as an emoji: one that does unless told otherwise
/// (Emoji_Presentation), or the selector asking the one before it to?
fn shows_as_emoji(c: char) -> bool {
    c == EMOJI_STYLE
        || icu_properties::CodePointSetData::new::<icu_properties::props::EmojiPresentation>()
            .contains(c)
}

/// Is `c` a symbol (a sign, an arrow, a pictograph), not text proper?
fn is_symbol(c: char) -> bool {
    use icu_properties::props::{GeneralCategory, GeneralCategoryGroup};
    GeneralCategoryGroup::Symbol
        .contains(icu_properties::CodePointMapData::<GeneralCategory>::new().get(c))
}

/// The variation selectors asking for a character as text or as emoji.
const TEXT_STYLE: char = '\u{FE0E}';
const EMOJI_STYLE: char = '\u{FE0F}';

/// Is `cluster` an emoji: one asked for, or one that shows as emoji and
/// was not asked to show as text?
fn is_emoji(cluster: &str) -> bool {
    cluster.contains(EMOJI_STYLE)
        || (cluster.chars().next().is_some_and(shows_as_emoji) && !cluster.contains(TEXT_STYLE))
}

/// The system's families Carta's text is set in, best first, with their CSS
/// names: the interface font where the system has a good one, else its
/// sans-serif. Segoe UI and San Francisco read better than Arial; on Linux
/// fontconfig's sans-serif is the distribution's choice (Noto Sans, DejaVu…).
const GENERICS: [(GenericFamily, &str); 2] =
    if cfg!(any(target_os = "windows", target_os = "macos")) {
        [
            (GenericFamily::SystemUi, "system-ui"),
            (GenericFamily::SansSerif, "sans-serif"),
        ]
    } else {
        [
            (GenericFamily::SansSerif, "sans-serif"),
            (GenericFamily::SystemUi, "system-ui"),
        ]
    };

/// [`GENERICS`], then the built-in face.
pub fn stack() -> Vec<QueryFamily<'static>> {
    let mut families: Vec<QueryFamily<'static>> = (GENERICS.iter())
        .map(|(generic, _)| QueryFamily::Generic(*generic))
        .collect();
    families.push(QueryFamily::Named(BUILT_IN_FAMILY));
    families
}

/// The body face of `emphasis`: the first face of [`stack`] that has Latin
/// letters, in the nearest weight and slant the computer has.
pub fn body_face(source: Source, emphasis: Emphasis) -> Option<Face> {
    let mut library = library(source);
    let parley::FontContext {
        collection,
        source_cache,
    } = &mut library.context;
    let mut query = collection.query(source_cache);
    query.set_families(stack());
    query.set_attributes(Attributes::new(
        FontWidth::NORMAL,
        if emphasis.italic {
            FontStyle::Italic
        } else {
            FontStyle::Normal
        },
        if emphasis.strong {
            FontWeight::BOLD
        } else {
            FontWeight::NORMAL
        },
    ));
    let mut found = None;
    query.matches_with(|font| {
        let covers_latin = font
            .charmap()
            .is_some_and(|map| map.map('a').is_some_and(|glyph| glyph != 0));
        if covers_latin && readable(font.blob.as_ref(), font.index) {
            found = Some((font.family.0, font.blob.clone(), font.index));
            QueryStatus::Stop
        } else {
            QueryStatus::Continue
        }
    });
    drop(query);
    let (family, blob, index) = found?;
    let name = collection
        .family_name(family)
        .unwrap_or("unknown")
        .to_owned();
    let (bytes, _) = blob.into_raw_parts();
    Some(Face { name, bytes, index })
}

/// Can the shaper read this face? A broken file on the computer must not
/// stop Carta from drawing text.
pub fn readable(bytes: &[u8], index: u32) -> bool {
    skrifa::FontRef::from_index(bytes, index).is_ok()
}

/// [`stack`] as the layout engine reads it: each generic family by the
/// families the system lists for it, in its order, each named once (on
/// Linux `system-ui` and `sans-serif` both list the same 150-odd families).
fn first_choices(collection: &mut Collection) -> Vec<Family> {
    let mut ids = Vec::new();
    for (generic, _) in GENERICS {
        for id in collection.generic_families(generic) {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    let mut families = Vec::new();
    for id in ids {
        if let Some(name) = collection.family_name(id) {
            families.push(Family {
                id,
                css: format!("\"{}\"", name.replace('"', "")),
                face: None,
            });
        }
    }
    families
}
