//! Times working together at the sizes the targets name:
//!
//!     cargo run --release --example together_bench
//!
//! - the diff of two 10,000-program profiles that differ in the vision and
//!   30 programs (target: under 100 ms);
//! - the merge of two such copies from their base (target: under 200 ms);
//! - undo and redo at 10,000 programs (target: under 5 ms each);
//! - the version store after 1,000 saves of the San Antonio sample, each
//!   changing one program (target: under 5 MB), and one save's keeping.
//!
//! Each time is the median of several runs; the figures go in BENCHMARKS.md.

mod support;

use std::time::Instant;
use support::median;

use carta::app::history::History;
use carta::model::diff::diff;
use carta::model::lineage::stamp_new_version;
use carta::model::merge::merge;
use carta::model::synthetic::profile_with_programs;
use carta::model::{Localized, ProgramStatus};
use carta::store::versions::Versions;

fn main() {
    let base = profile_with_programs(10_000, 7);
    let mut mine = base.clone();
    mine.vision.prose = Localized::new("en", "Her new vision.");
    for program in mine.programs.iter_mut().step_by(333) {
        program.status = ProgramStatus::Completed;
    }
    let mut theirs = base.clone();
    for program in theirs.programs.iter_mut().skip(100).step_by(333) {
        program.title.set("es", "Título de Luis");
    }
    theirs.add_new_program(carta::i18n::Language::ENGLISH);

    let changes = diff(&base, &mine).len();
    let took = median(9, || {
        std::hint::black_box(diff(&base, &mine));
    });
    println!("diff, 10,000 programs ({changes} changes): {took:.1?}");

    let merged = merge(Some(&base), &mine, &theirs).expect("merged");
    let took = median(9, || {
        std::hint::black_box(merge(Some(&base), &mine, &theirs));
    });
    println!(
        "merge, 10,000 programs ({} taken, {} conflicts): {took:.1?}",
        merged.taken,
        merged.conflicts.len()
    );

    let mut document = base.clone();
    let mut history = History::new(&document);
    for step in 0..20 {
        document.programs[step].status = ProgramStatus::Paused;
        history.record_edit(&document, f64::from(step as u32) * 10.0, true);
    }
    let undo = median(9, || {
        history.undo(&mut document);
        history.redo(&mut document);
    });
    let started = Instant::now();
    history.undo(&mut document);
    let one_undo = started.elapsed();
    let started = Instant::now();
    history.redo(&mut document);
    let one_redo = started.elapsed();
    println!(
        "undo then redo, 10,000 programs: {undo:.1?} (one undo {one_undo:.1?}, one redo {one_redo:.1?})"
    );

    let folder = tempfile::tempdir().expect("a temporary folder");
    let versions = Versions::new(folder.path().join("versions"));
    let mut sample = carta::store::embedded_profile();
    let count = sample.programs.len();
    let mut keeping = Vec::new();
    let now = carta::store::versions::now();
    for save in 0..1000u64 {
        let program = &mut sample.programs[save as usize % count];
        program
            .title
            .set("en", format!("Program, saved {save} times"));
        stamp_new_version(&mut sample);
        let started = Instant::now();
        versions.keep(&sample, "bench", now + save).expect("kept");
        keeping.push(started.elapsed());
    }
    keeping.sort();
    let (kept, _, bytes) = versions.usage();
    println!(
        "version store after 1,000 saves of the sample: {kept} versions, {:.2} MB; one save kept in {:.1?} (median)",
        bytes as f64 / (1024.0 * 1024.0),
        keeping[500]
    );
}
