//! Any bytes given to the profile loader: a document or a located error, never a panic.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    if let Ok(document) = carta::store::parse_bytes(bytes, "fuzz.ron") {
        // What loads must save and load back the same. Compared as the text
        // written, not as documents: a value may be NaN, which equals nothing.
        if let Ok(text) = carta::store::to_ron(&document) {
            let again =
                carta::store::parse(&text, "again.ron").expect("what Carta writes, it reads");
            assert_eq!(carta::store::to_ron(&again).ok(), Some(text));
        }
    }
});
