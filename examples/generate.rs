//! Writes a realistic made-up profile with many programs, for benchmarks and
//! for trying Carta with a big catalogue, or a library of many cities:
//!
//!     cargo run --release --example generate -- --programs 10000 -o big.ron
//!     cargo run --release --example generate -- --library 1000 --programs 50 -o cities/

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

/// Write a synthetic Carta profile with N programs.
#[derive(Parser)]
struct Args {
    /// How many programs the catalogue gets.
    #[arg(long, default_value_t = 1000)]
    programs: usize,
    /// Where to write the profile.
    #[arg(short, long)]
    output: PathBuf,
    /// Another seed gives other (equally realistic) programs.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Write N profiles of distinct cities into the folder OUTPUT instead.
    #[arg(long)]
    library: Option<usize>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    if let Some(cities) = args.library {
        return write_library(cities, args.programs, &args.output);
    }
    let document = carta::model::synthetic::profile_with_programs(args.programs, args.seed);
    match carta::store::save(&document, &args.output) {
        Ok(_) => {
            println!(
                "{}: {} programs",
                args.output.display(),
                document.programs.len()
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{error}");
            ExitCode::FAILURE
        }
    }
}

/// N profiles `city-0001.ron`… in `folder`.
fn write_library(cities: usize, programs: usize, folder: &std::path::Path) -> ExitCode {
    if let Err(error) = std::fs::create_dir_all(folder) {
        eprintln!("{}: {error}", folder.display());
        return ExitCode::FAILURE;
    }
    for index in 0..cities {
        let document = carta::model::synthetic::library_profile(index, programs);
        let path = folder.join(format!("city-{:04}.ron", index + 1));
        if let Err(error) = carta::store::write_atomically(
            &path,
            carta::store::to_ron(&document)
                .unwrap_or_default()
                .as_bytes(),
            false,
        ) {
            eprintln!("{error}");
            return ExitCode::FAILURE;
        }
    }
    println!(
        "{}: {cities} profiles, {} programs",
        folder.display(),
        cities * programs
    );
    ExitCode::SUCCESS
}
