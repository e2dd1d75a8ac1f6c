//! Any profile that loads exports in every format and content language, and
//! makes its slides, without a panic.
#![no_main]

use carta::export::{ExportOptions, Format, export_bytes};

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    let Ok(document) = carta::store::parse_bytes(bytes, "fuzz.ron") else {
        return;
    };
    let mut langs: Vec<Option<String>> = vec![None];
    langs.extend(document.languages.iter().take(3).cloned().map(Some));
    for format in Format::ALL {
        for lang in &langs {
            let options = ExportOptions {
                include_internal: false,
                lang: lang.clone(),
            };
            let _ = export_bytes(&document, format, &options);
        }
    }
    let _ = carta::model::slides::whole_slides(&document, document.main_language(), carta::i18n::Language::for_content);
});
