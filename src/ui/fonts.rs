//! Fonts for the window: egui's own (Ubuntu Light and its emoji) first, then
//! whatever the computer has for a character they lack, found through the
//! operating system's fallback lists (`egui_system_font_provider`); the slide
//! families in the system's body face, in real bold and italic. A character no
//! font can draw is remembered by its writing system, so the officer can be
//! told what to install instead of looking at boxes.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use egui::FontFamily;
use egui::epaint::text::{
    FallbackRequest, FontData, FontInsert, FontPriority, FontProvider, InsertFontFamily,
};

use crate::text::fonts::{Emphasis, Source, body_face, colour_emoji_face};
use crate::text::script::writing_system;

/// The slide families: body text, strong, italic, both.
pub const SLIDE: &str = "Carta slide";
pub const SLIDE_STRONG: &str = "Carta slide strong";
pub const SLIDE_ITALIC: &str = "Carta slide italic";
pub const SLIDE_STRONG_ITALIC: &str = "Carta slide strong italic";

/// The family of what the officer writes (titles, texts, fields): Carta's
/// face, then the computer's for every other script, emoji from its colour
/// font (a family, a skin tone and a flag stay one picture). The interface
/// keeps egui's `Proportional`, whose monochrome emoji are its own icons
/// (🗑 ➕ ⚠), drawn in the colour of the text around them.
pub const CONTENT: &str = "Carta content";

/// [`CONTENT`] at `size` points.
pub fn content_font(size: f32) -> egui::FontId {
    egui::FontId::new(size, FontFamily::Name(CONTENT.into()))
}

/// Writing systems the window met and no font could draw, each with the first
/// character seen; and which of them the officer was already told about.
#[derive(Default)]
pub struct MissingFonts {
    seen: Mutex<BTreeMap<&'static str, char>>,
    told: Mutex<Vec<&'static str>>,
}

impl MissingFonts {
    fn record(&self, c: char) {
        if c.is_whitespace() || c.is_control() {
            return;
        }
        let mut seen = self
            .seen
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        seen.entry(writing_system(c)).or_insert(c);
    }

    /// The writing systems missing a font that nobody was told about yet,
    /// each with a character of it; marks them told.
    pub fn untold(&self) -> Vec<(&'static str, char)> {
        let seen = self
            .seen
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let mut told = self
            .told
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let new: Vec<_> = seen
            .iter()
            .filter(|(name, _)| !told.contains(name))
            .map(|(name, c)| (*name, *c))
            .collect();
        told.extend(new.iter().map(|(name, _)| *name));
        new
    }
}

/// Carta's font provider: the slide families up front, the system's fallback
/// for the rest, and a note of what nothing covers.
struct Provider {
    source: Source,
    system: Option<egui_system_font_provider::SystemFontProvider>,
    missing: Arc<MissingFonts>,
}

impl FontProvider for Provider {
    fn fonts_for_family(&self, family: &FontFamily) -> Vec<FontInsert> {
        let FontFamily::Name(name) = family else {
            return Vec::new();
        };
        let place = |priority| {
            vec![InsertFontFamily {
                family: family.clone(),
                priority,
            }]
        };
        if name.as_ref() == CONTENT {
            let mut fonts = vec![FontInsert::new(
                "Ubuntu-Light",
                FontData::from_static(epaint_default_fonts::UBUNTU_LIGHT),
                place(FontPriority::Lowest),
            )];
            // The colour emoji right after it: egui takes for a character
            // the first face of the family that draws it, and the system's
            // fallback lists monochrome faces that draw 👍 and 😀 (Noto Sans
            // Symbols 2, DejaVu Sans) before the colour one.
            if let Some(face) = colour_emoji_face(self.source) {
                fonts.push(FontInsert::new(
                    &format!("emoji:{}:{}", face.name, face.index),
                    FontData::from_blob(face.bytes, face.index),
                    place(FontPriority::Lowest),
                ));
            }
            return fonts;
        }
        let emphasis = match name.as_ref() {
            SLIDE => Emphasis::default(),
            SLIDE_STRONG => Emphasis {
                strong: true,
                italic: false,
            },
            SLIDE_ITALIC => Emphasis {
                strong: false,
                italic: true,
            },
            SLIDE_STRONG_ITALIC => Emphasis {
                strong: true,
                italic: true,
            },
            _ => return Vec::new(),
        };
        let mut fonts = Vec::new();
        if let Some(face) = body_face(self.source, emphasis) {
            fonts.push(FontInsert::new(
                &format!("body:{}:{}:{:?}", face.name, face.index, emphasis),
                FontData::from_blob(face.bytes, face.index),
                place(FontPriority::Lowest),
            ));
        }
        // The built-in face stays behind it: a computer without fonts still shows Latin.
        fonts.push(FontInsert::new(
            "Ubuntu-Light",
            FontData::from_static(epaint_default_fonts::UBUNTU_LIGHT),
            place(FontPriority::Lowest),
        ));
        fonts
    }

    fn font_for(&self, request: &FallbackRequest<'_>) -> Option<FontInsert> {
        let found = (self.system.as_ref().and_then(|s| s.font_for(request)))
            .or_else(|| monochrome_emoji(request));
        if found.is_none()
            && let Some(c) = request.cluster.chars().next()
        {
            self.missing.record(c);
        }
        found
    }
}

/// On a computer without a colour emoji font, the officer's emoji in
/// egui's monochrome ones rather than as boxes.
fn monochrome_emoji(request: &FallbackRequest<'_>) -> Option<FontInsert> {
    use skrifa::MetadataProvider as _;
    let c = request.cluster.chars().next()?;
    let bytes = epaint_default_fonts::NOTO_EMOJI_REGULAR;
    let font = skrifa::FontRef::new(bytes).ok()?;
    font.charmap().map(c)?;
    Some(FontInsert::new(
        "NotoEmoji-Regular for content",
        FontData::from_static(bytes),
        vec![InsertFontFamily {
            family: request.family.clone(),
            priority: FontPriority::Lowest,
        }],
    ))
}

/// Gives `ctx` Carta's fonts from `source`; returns where missing scripts are noted.
pub fn install(ctx: &egui::Context, source: Source) -> Arc<MissingFonts> {
    let missing = Arc::new(MissingFonts::default());
    let system = (source == Source::System).then(|| {
        crate::text::fonts::warm_up();
        egui_system_font_provider::SystemFontProvider::new()
    });
    super::bidi_edit::set_font_source(ctx, source);
    ctx.add_font_provider(Arc::new(Provider {
        source,
        system,
        missing: Arc::clone(&missing),
    }));
    missing
}
