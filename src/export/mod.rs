//! The document in the forms people publish: the campaign's text, Markdown,
//! a self-contained HTML page, and JSON for other tools. Pure text out.

mod html;
mod markdown;
mod pdf;
mod txt;

use crate::model::Document;

pub use html::escape as escape_html;

/// The forms Carta writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// The campaign's plain-text profile page.
    Txt,
    Markdown,
    Html,
    Json,
    /// The presentation as a PDF handout, one slide per page.
    SlidesPdf,
}

impl Format {
    pub const ALL: [Self; 5] = [
        Self::Txt,
        Self::Markdown,
        Self::Html,
        Self::Json,
        Self::SlidesPdf,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::Txt => "Campaign text (.txt)",
            Self::Markdown => "Markdown (.md)",
            Self::Html => "Web page (.html)",
            Self::Json => "JSON (.json)",
            Self::SlidesPdf => "Slides as PDF (.pdf)",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Self::Txt => "txt",
            Self::Markdown => "md",
            Self::Html => "html",
            Self::Json => "json",
            Self::SlidesPdf => "pdf",
        }
    }
}

/// Writes `document` in `format` as bytes for a file. Internal programs are
/// left out unless asked for (and never appear on slides).
pub fn export_bytes(
    document: &Document,
    format: Format,
    include_internal: bool,
) -> Result<Vec<u8>, String> {
    match format {
        Format::SlidesPdf => {
            let slides = crate::model::slides::slides(document, document.main_language());
            pdf::slides_pdf(&slides)
        }
        text => Ok(export(document, text, include_internal).into_bytes()),
    }
}

/// Writes `document` in a text `format`. Internal programs are left out unless asked for.
pub fn export(document: &Document, format: Format, include_internal: bool) -> String {
    let document = if include_internal {
        document.clone()
    } else {
        document.public_view()
    };
    match format {
        Format::Txt => txt::to_campaign_text(&document),
        Format::Markdown => markdown::to_markdown(&document),
        Format::Html => html::to_html(&document),
        // Serializing plain data to a String cannot fail: no maps with non-string keys.
        Format::Json => serde_json::to_string_pretty(&document).unwrap_or_default() + "\n",
        // Not text: `export_bytes` makes it.
        Format::SlidesPdf => String::new(),
    }
}

pub use txt::to_campaign_text;
