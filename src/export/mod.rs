//! The document in the forms people publish: the campaign's text, Markdown,
//! a self-contained HTML page, and JSON for other tools. Pure text out.

mod html;
mod markdown;
pub mod pdf;
pub mod report;
mod safe;
mod txt;

use crate::model::{Document, PictureRole};

pub use html::escape as escape_html;

/// The forms Carta writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// The campaign's plain-text profile page.
    Txt,
    Markdown,
    Html,
    Json,
    /// The presentation as a PDF handout, one 16:9 slide per page.
    SlidesPdf,
    /// The handout on A4 pages turned sideways, for an office printer.
    SlidesPdfA4,
    /// Each slide with its presenter's notes on an upright A4 page.
    NotesPdf,
}

impl Format {
    pub const ALL: [Self; 7] = [
        Self::Txt,
        Self::Markdown,
        Self::Html,
        Self::Json,
        Self::SlidesPdf,
        Self::SlidesPdfA4,
        Self::NotesPdf,
    ];

    /// The message id of the format's name in menus.
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Txt => "format-txt",
            Self::Markdown => "format-markdown",
            Self::Html => "format-html",
            Self::Json => "format-json",
            Self::SlidesPdf => "format-slides-pdf",
            Self::SlidesPdfA4 => "format-slides-pdf-a4",
            Self::NotesPdf => "format-notes-pdf",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Self::Txt => "txt",
            Self::Markdown => "md",
            Self::Html => "html",
            Self::Json => "json",
            Self::SlidesPdf | Self::SlidesPdfA4 | Self::NotesPdf => "pdf",
        }
    }
}

/// What to export besides the document and the format.
#[derive(Clone, Debug, Default)]
pub struct ExportOptions {
    /// Keep internal programs (never on slides).
    pub include_internal: bool,
    /// The content language; `None` is the document's main language. Texts not
    /// yet translated are written in the main language.
    pub lang: Option<String>,
}

/// Writes `document` in `format` as bytes for a file.
pub fn export_bytes(
    document: &Document,
    format: Format,
    options: &ExportOptions,
) -> Result<Vec<u8>, String> {
    match format {
        Format::SlidesPdf | Format::SlidesPdfA4 | Format::NotesPdf => {
            let handout = pdf::Handout {
                page: if format == Format::SlidesPdfA4 {
                    pdf::Page::A4Landscape
                } else {
                    pdf::Page::Wide
                },
                notes: format == Format::NotesPdf,
            };
            let lang = options.lang.as_deref().unwrap_or(document.main_language());
            // Whole parts, flowed by measuring with the PDF's own faces.
            let whole = crate::model::slides::whole_slides(
                document,
                lang,
                crate::i18n::Language::for_content,
            );
            // Re-encoded on their way out; a damaged one is left out.
            let out = |picture: &Option<crate::model::Picture>, role| {
                (picture.as_ref()).and_then(|kept| crate::store::picture::for_output(kept, role))
            };
            let city = &document.city;
            let pictures = crate::model::Pictures {
                logo: out(&city.logo, PictureRole::Logo),
                cover: out(&city.cover, PictureRole::Cover),
            };
            pdf::handout_pdf(&whole, lang, handout, &pictures)
        }
        text => Ok(export(document, text, options).into_bytes()),
    }
}

/// The logo and cover photo as they may be published: decoded and encoded
/// afresh, so whatever another tool left in them (a photo's place, the
/// camera's serial) stays behind, and one that cannot be read is left out
/// (the handout is made without it; `damaged_pictures` says which).
pub fn published_pictures(document: &mut Document) {
    for role in [PictureRole::Logo, PictureRole::Cover] {
        let picture = document.city.picture_mut(role);
        *picture = picture
            .as_ref()
            .and_then(|kept| crate::store::picture::for_output(kept, role));
    }
}

/// The pictures of `document` that cannot be read, and so are left out of
/// what is published.
pub fn damaged_pictures(document: &Document) -> Vec<PictureRole> {
    let city = &document.city;
    [
        (PictureRole::Logo, &city.logo),
        (PictureRole::Cover, &city.cover),
    ]
    .into_iter()
    .filter(|(role, kept)| {
        kept.as_ref()
            .is_some_and(|kept| crate::store::picture::for_output(kept, *role).is_none())
    })
    .map(|(role, _)| role)
    .collect()
}

/// The JSON Schema (draft 2020-12) of what the JSON export writes: a
/// profile as Carta keeps it. Shipped beside the program
/// (`carta package-files`) and in `docs/`, for others' tools to check against.
pub fn json_schema() -> String {
    let mut schema = schemars::schema_for!(Document);
    schema.insert(
        "title".to_owned(),
        "A Human Rights City profile, as Carta exports it".into(),
    );
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}

/// Writes `document` in a text `format`.
pub fn export(document: &Document, format: Format, options: &ExportOptions) -> String {
    let mut document = if options.include_internal {
        document.clone()
    } else {
        document.public_view()
    };
    // Only JSON carries the pictures (the other text forms name no picture).
    if format == Format::Json {
        published_pictures(&mut document);
    }
    // JSON is the whole document for other tools: every language, as kept.
    // A language the profile does not have is not made up: the main one is written.
    if let Some(lang) = options.lang.as_deref()
        && format != Format::Json
        && document.languages.iter().any(|known| known == lang)
    {
        document = document.in_language(lang);
    }
    match format {
        Format::Txt => without_controls(&txt::to_campaign_text(&document)),
        Format::Markdown => without_controls(&markdown::to_markdown(&document)),
        Format::Html => without_controls(&html::to_html(&document)),
        // Serializing plain data to a String cannot fail: no maps with non-string keys.
        Format::Json => serde_json::to_string_pretty(&document).unwrap_or_default() + "\n",
        // Not text: `export_bytes` makes it.
        Format::SlidesPdf | Format::SlidesPdfA4 | Format::NotesPdf => String::new(),
    }
}

/// `text` without the characters a published page must not carry: control
/// characters but line breaks and tabs (NUL, ESC, BEL: a terminal obeys
/// them) and the bidirectional embeddings and overrides (U+202A–U+202E: a
/// right-to-left override makes "exe.txt" read "txt.exe"). Marks and
/// isolates, which only order text, stay.
pub fn without_controls(text: &str) -> String {
    text.chars()
        .filter(|c| {
            !(matches!(c, '\u{202a}'..='\u{202e}') || (c.is_control() && !matches!(c, '\n' | '\t')))
        })
        .collect()
}

pub use txt::to_campaign_text;
