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
    /// Whether `families` was put in emoji order yet ([`Self::colour_emoji_ahead`]).
    emoji_ordered: bool,
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
        if !self.emoji_ordered && text.chars().any(shows_as_emoji) {
            self.colour_emoji_ahead();
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
        let mut names: Vec<String> = (self.families.iter())
            .map(|family| family.css.clone())
            .collect();
        names.push(format!("\"{BUILT_IN_FAMILY}\""));
        names.join(", ")
    }

    /// Emoji in one style: the computer's colour emoji family moved ahead of
    /// the monochrome families that draw some emoji too (Noto Sans Symbols 2
    /// draws 👍 but not 🎉, and comes first in fontconfig's list), but never
    /// ahead of the family that draws the digits, so text keeps its face.
    /// Done once, when the first emoji is met: it reads the faces of the
    /// families up to the colour one.
    fn colour_emoji_ahead(&mut self) {
        self.emoji_ordered = true;
        let Some(colour) =
            (0..self.families.len()).find(|&at| self.draws(at, '😀') && self.is_colour(at))
        else {
            return;
        };
        let Some(monochrome) = (0..colour)
            .find(|&at| EMOJI_PROBES.iter().any(|&c| self.draws(at, c)) && !self.is_colour(at))
        else {
            return;
        };
        let after_digits = (0..colour)
            .find(|&at| self.draws(at, '0'))
            .map_or(0, |at| at + 1);
        let place = monochrome.max(after_digits);
        if place < colour {
            let family = self.families.remove(colour);
            self.families.insert(place, family);
            self.first_drawing.clear();
            self.first_drawing_all.clear();
        }
    }

    /// Does family `at` draw in colour (bitmaps or layers)? Only asked of
    /// families whose face was read by [`Self::draws`].
    fn is_colour(&self, at: usize) -> bool {
        use skrifa::raw::TableProvider as _;
        let Some(Some((blob, index))) = &self.families[at].face else {
            return false;
        };
        skrifa::FontRef::from_index(blob.as_ref(), *index)
            .is_ok_and(|face| face.cbdt().is_ok() || face.colr().is_ok() || face.sbix().is_ok())
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

    /// Does family `at` draw `c`?
    fn draws(&mut self, at: usize, c: char) -> bool {
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
        let Some((blob, index)) = face else {
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
        emoji_ordered: false,
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

/// Emoji that tell a family drawing some emoji apart from one for text:
/// faces, hands, celebrations, the earth, a star and a check mark.
const EMOJI_PROBES: [char; 6] = ['😀', '👍', '🎉', '🌍', '⭐', '✅'];

/// Does `c` show as an emoji: one that does unless told otherwise
/// (Emoji_Presentation), or the selector asking the one before it to?
fn shows_as_emoji(c: char) -> bool {
    c == '\u{FE0F}'
        || icu_properties::CodePointSetData::new::<icu_properties::props::EmojiPresentation>()
            .contains(c)
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
