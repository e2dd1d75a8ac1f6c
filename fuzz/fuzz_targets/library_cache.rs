//! Any bytes past a cache entry's seal: decoded, indexed and searched as a
//! library does with an entry, without a panic.
#![no_main]

use carta::model::library::{Library, LibraryFilters};

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    let Some(profile) = carta::library::profile_from_cache_entry(bytes) else {
        return;
    };
    let library = Library::of(vec![profile]);
    for search in ["", "a", "derechos", "#1"] {
        let _ = library.search(search, &LibraryFilters::default());
    }
});
