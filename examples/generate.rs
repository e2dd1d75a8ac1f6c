//! Writes a realistic made-up profile with many programs, for benchmarks and
//! for trying Carta with a big catalogue:
//!
//!     cargo run --release --example generate -- --programs 10000 -o big.ron

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
}

fn main() -> ExitCode {
    let args = Args::parse();
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
