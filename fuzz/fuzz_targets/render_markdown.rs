//! Any text written as Markdown in a profile's descriptions renders to every
//! text export without a panic and in time: a quadratic case (nested lists,
//! quotes, emphasis runs) is a finding. The bound is per input and grows with
//! its length, generous for the sanitizers' slowness, and counted in the
//! thread's processor time; libFuzzer's own `-timeout` catches a hang beyond
//! it.
#![no_main]

use std::time::Duration;

use cpu_time::ThreadTime;

use carta::export::{ExportOptions, Format, export_bytes};
use carta::model::{Document, Localized};

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let mut document = Document::default();
    document.languages = vec!["en".to_owned()];
    document.vision.prose = Localized::new("en", text);
    document.motivations.introduction = Localized::new("en", text);
    let id = document.add_new_program(carta::i18n::Language::ENGLISH);
    if let Some(program) = document.programs.iter_mut().find(|p| p.id == id) {
        program.description = Localized::new("en", text);
    }
    let options = ExportOptions {
        include_internal: false,
        lang: None,
    };
    // Linear rendering takes well under a microsecond a byte; 20 µs a byte
    // (2 s for 100 KB) leaves room for the sanitizers, not for a square.
    let bound = Duration::from_millis(200) + Duration::from_micros(20) * text.len() as u32;
    // What a first export sets up once (the messages, the fonts' lists) is
    // not rendering: it is done before any input is timed.
    static WARM: std::sync::Once = std::sync::Once::new();
    WARM.call_once(|| {
        for format in [Format::Html, Format::Markdown, Format::Txt] {
            let _ = export_bytes(&Document::default(), format, &options);
        }
    });
    for format in [Format::Html, Format::Markdown, Format::Txt] {
        // This thread's processor time, not the wall clock's: a machine
        // busy with other work (a build beside the fuzzer) stretches the
        // latter, never the former.
        let time = || {
            let started = ThreadTime::now();
            let _ = export_bytes(&document, format, &options);
            started.elapsed()
        };
        // A busy machine can stretch one run; a square stretches them all,
        // so an input over the bound is timed twice more and judged by its
        // fastest run.
        let mut took = time();
        if took >= bound {
            took = took.min(time()).min(time());
        }
        assert!(
            took < bound,
            "{format:?} of {} bytes took {took:?} (bound {bound:?})",
            text.len()
        );
    }
});
