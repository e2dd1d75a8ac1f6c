//! Any bytes given to the profile loader: a document or a located error, never a panic.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    if let Ok(document) = carta::store::parse_bytes(bytes, "fuzz.ron") {
        // What loads must save and load back the same.
        if let Ok(text) = carta::store::to_ron(&document) {
            assert_eq!(carta::store::parse(&text, "again.ron").ok(), Some(document));
        }
    }
});
