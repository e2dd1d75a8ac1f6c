//! What the timing examples share.

use std::time::{Duration, Instant};

use carta::model::synthetic::profile_with_programs;
use carta::model::{BudgetLine, Document, Indicator, Localized, Measurement, Moment};

/// The app's allocator, so the figures are the app's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The median of `runs` timings of `work`.
pub fn median(runs: usize, mut work: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let started = Instant::now();
            work();
            started.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

/// 10,000 programs in 50 units, each with 3 indicators measured in
/// 2021–2025, a budget line per year and a review.
// Not every example that shares this module builds the profile.
#[allow(dead_code)]
pub fn five_years() -> Document {
    let mut document = profile_with_programs(10_000, 3);
    for (n, program) in document.programs.iter_mut().enumerate() {
        program.responsible_unit = Localized::new("en", format!("Unit {}", n % 50));
        program.indicators.clear();
        program.budget.clear();
        for i in 0..3 {
            let measurements = (2021..=2025)
                .map(|year| Measurement {
                    when: Moment::Year(year),
                    value: f64::from(year - 2020) * (n + i) as f64,
                    parts: Vec::new(),
                    note: Localized::default(),
                })
                .collect();
            program.indicators.push(Indicator {
                name: Localized::new("en", format!("Indicator {i} of {n}")),
                baseline: Some(0.0),
                target: Some(100.0),
                measurements,
                ..Indicator::default()
            });
        }
        for year in 2021..=2025 {
            program.budget.push(BudgetLine {
                year,
                amount: 1000.0,
                executed: Some(900.0),
                currency: "EUR".to_owned(),
                ..BudgetLine::default()
            });
        }
    }
    document.give_item_ids(false);
    document
}
