//! Any profile that loads, checked in every interface language: findings,
//! never a panic; the file as written (before repairs) too.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    if let Ok(document) = carta::store::parse(text, "fuzz.ron") {
        for language in carta::i18n::Language::ALL {
            let _ = carta::model::check::check(&document, language);
        }
        let _ = carta::model::translation::missing_translations(&document, "es");
    }
});
