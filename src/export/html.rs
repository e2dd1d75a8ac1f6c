//! One self-contained web page: inline styles, a print stylesheet, and every
//! text of the officer's escaped — Markdown formats, raw HTML shows as text.

use pulldown_cmark::html;

use super::markdown::to_markdown;
use super::safe;
use crate::model::Document;

const STYLE: &str = "
:root { color-scheme: light; }
body { font: 17px/1.6 system-ui, 'Segoe UI', Roboto, Ubuntu, sans-serif; color: #1d2a2e;
       max-width: 46rem; margin: 2.5rem auto; padding: 0 1.25rem; background: #fbfbfc; }
h1 { font-size: 2.1rem; color: #0b6e77; margin-bottom: 0.4rem; }
h2 { font-size: 1.45rem; border-bottom: 1px solid #d5dde0; padding-bottom: 0.25rem; margin-top: 2.4rem; }
h3 { font-size: 1.15rem; margin-top: 1.8rem; }
ul { padding-left: 1.3rem; }
li { margin: 0.25rem 0; }
a { color: #0b6e77; }
@media print {
  body { background: white; margin: 0; max-width: none; font-size: 11pt; }
  h2 { break-after: avoid; }
  h3 { break-after: avoid; }
  li, p { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
";

pub fn to_html(document: &Document) -> String {
    let markdown = to_markdown(document);
    // The Markdown export is already safe; the page filters again, so that a
    // slip there can never put markup, script or a remote image on the page.
    let mut body = String::new();
    html::push_html(&mut body, safe::events(&markdown));
    let title = escape(&document.city.display_name(document.main_language()));
    let lang = escape(document.main_language());
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"Carta\">\n\
         <title>{title} — Human Rights City profile</title>\n<style>{STYLE}</style>\n</head>\n\
         <body>\n{body}</body>\n</html>\n"
    )
}

/// Text made safe to put in HTML.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
