//! Times a library of many cities: reading a folder of profiles (in
//! parallel), and a search keystroke across all of them.
//!
//!     cargo run --release --example library_bench -- --cities 1000 --programs 50
//!
//! Writes the profiles into a temporary folder first (not timed), then opens
//! the folder twice: cold (parsing every file and filling a cache) and warm
//! (from the cache). Memory is
//! the process's peak resident size (Linux only).

use std::time::Instant;

use clap::Parser;

#[derive(Parser)]
struct Args {
    /// How many city profiles.
    #[arg(long, default_value_t = 1000)]
    cities: usize,
    /// Programs in each.
    #[arg(long, default_value_t = 50)]
    programs: usize,
}

fn main() {
    let args = Args::parse();
    let folder = tempfile::tempdir().expect("a temporary folder");
    for index in 0..args.cities {
        let document = carta::model::synthetic::library_profile(index, args.programs);
        let text = carta::store::to_ron(&document).expect("a profile as RON");
        std::fs::write(folder.path().join(format!("city-{index:05}.ron")), text)
            .expect("a profile written");
    }
    let cache = tempfile::tempdir().expect("a temporary cache folder");
    let progress = carta::library::Progress::default();
    let started = Instant::now();
    let cold = carta::library::open_with(folder.path(), Some(cache.path()), &progress);
    let indexing = started.elapsed();
    assert!(cold.problems.is_empty());
    assert_eq!(cold.parsed.len(), args.cities);
    drop(cold);
    let started = Instant::now();
    let opened = carta::library::open_with(folder.path(), Some(cache.path()), &progress);
    let warm = started.elapsed();
    assert!(
        opened.parsed.is_empty(),
        "the second opening is from the cache"
    );
    let library = &opened.library;
    let queries = [
        "legal aid",
        "housing",
        "migrant welcome desk",
        "youth",
        "zzz",
    ];
    let filters = carta::model::library::LibraryFilters::default();
    let mut found = 0;
    let started = Instant::now();
    let rounds = 20;
    for _ in 0..rounds {
        for query in queries {
            found += library.search(query, &filters).len();
        }
    }
    let search = started.elapsed() / (rounds * queries.len() as u32);
    let status = |field: &str| {
        std::fs::read_to_string("/proc/self/status")
            .ok()
            .and_then(|status| {
                status
                    .lines()
                    .find(|line| line.starts_with(field))
                    .map(|line| line.trim_start_matches(field).trim().to_owned())
            })
            .unwrap_or_else(|| "unknown".to_owned())
    };
    let (peak, resident) = (status("VmHWM:"), status("VmRSS:"));
    println!(
        "{} profiles, {} programs: read and indexed in {:.2} s (cache written), from the cache in {:.2} s; a search {:.1} ms (mean of {}); peak memory {peak}, resident with the library open {resident}; {found} hits",
        library.profiles.len(),
        library.program_count(),
        indexing.as_secs_f64(),
        warm.as_secs_f64(),
        search.as_secs_f64() * 1000.0,
        rounds * queries.len() as u32,
    );
}
