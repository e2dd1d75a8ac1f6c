//! Any bytes given to the campaign-page importer: a document and a report, or a
//! UTF-8 error; never a panic. What it makes must export and save.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    if let Ok((document, _report)) = carta::import::import_bytes(bytes, "page.txt") {
        let _ = carta::export::to_campaign_text(&document);
        let _ = carta::store::to_ron(&document);
    }
});
