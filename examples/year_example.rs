//! Writes `assets/examples/san-antonio-three-years.ron`: the San Antonio
//! sample with three years (2023–2025) of figures added, the profile the
//! annual report, the Progress tab and their tests are shown with.
//!
//!     cargo run --example year_example
//!
//! The figures are made up for the example (and say so in the year's
//! introduction); every one of them is typed in once here, never computed
//! by the code under test.

use carta::model::year::{Consultation, Dimension, Part, Rating, Review, YearRecord};
use carta::model::{Beneficiaries, BudgetLine, Indicator, Localized, Measurement, Moment};

fn en_es(en: &str, es: &str) -> Localized {
    let mut text = Localized::new("en", en);
    text.set("es", es);
    text
}

fn measured(values: &[(i32, f64)]) -> Vec<Measurement> {
    values
        .iter()
        .map(|(year, value)| Measurement {
            when: Moment::Year(*year),
            value: *value,
            parts: Vec::new(),
            note: Localized::default(),
        })
        .collect()
}

/// An indicator as planned: its name in English and Spanish, its unit,
/// baseline, target and target year, and its values by year.
type Planned = (
    &'static str,
    &'static str,
    &'static str,
    f64,
    f64,
    i32,
    &'static [(i32, f64)],
);

fn main() {
    let mut document = carta::store::embedded_profile();
    let units = [
        en_es(
            "Community Development Directorate",
            "Dirección de Desarrollo Comunitario",
        ),
        en_es("Legal Aid Office", "Oficina de Asistencia Jurídica"),
        en_es("Human Resources", "Recursos Humanos"),
        en_es("Communications Office", "Oficina de Comunicaciones"),
    ];
    // (indicator, unit, baseline, target, target year, values by year)
    let indicators: [&[Planned]; 4] = [
        &[
            (
                "Residents taking part in community workshops",
                "Vecinos en talleres comunitarios",
                "people",
                120.0,
                600.0,
                2026,
                &[(2023, 210.0), (2024, 340.0), (2025, 455.0)],
            ),
            (
                "Neighbourhood councils with a rights focal point",
                "Juntas vecinales con un referente de derechos",
                "councils",
                4.0,
                30.0,
                2026,
                &[(2023, 9.0), (2024, 15.0), (2025, 17.0)],
            ),
        ],
        &[(
            "Cases heard by the legal aid office",
            "Casos atendidos por la oficina jurídica",
            "cases",
            80.0,
            300.0,
            2025,
            &[(2023, 140.0), (2024, 198.0), (2025, 246.0)],
        )],
        &[(
            "Municipal staff trained in human rights",
            "Funcionarios capacitados en derechos humanos",
            "% of staff",
            5.0,
            60.0,
            2027,
            &[(2023, 12.0), (2024, 21.0), (2025, 24.0)],
        )],
        &[(
            "Outreach events held",
            "Actividades de difusión realizadas",
            "events",
            0.0,
            24.0,
            2025,
            &[(2023, 8.0), (2024, 14.0)],
        )],
    ];
    let money: [[(f64, Option<f64>); 3]; 4] = [
        [
            (18_000_000.0, Some(16_200_000.0)),
            (20_000_000.0, Some(19_100_000.0)),
            (22_000_000.0, Some(17_900_000.0)),
        ],
        [
            (9_500_000.0, Some(9_450_000.0)),
            (11_000_000.0, Some(11_600_000.0)),
            (12_000_000.0, Some(10_300_000.0)),
        ],
        [
            (3_000_000.0, Some(2_100_000.0)),
            (3_000_000.0, Some(2_800_000.0)),
            (3_500_000.0, None),
        ],
        [
            (2_000_000.0, Some(1_900_000.0)),
            (2_500_000.0, Some(2_450_000.0)),
            (2_500_000.0, Some(1_200_000.0)),
        ],
    ];
    let reached: [[u64; 3]; 4] = [
        [640, 910, 1_180],
        [150, 212, 265],
        [85, 140, 160],
        [2_300, 3_900, 2_750],
    ];
    let reviews: [[(Rating, &str, &str, &str); 2]; 4] = [
        [
            (
                Rating::SomeProgress,
                "Workshops reached six of the nine sectors.",
                "Few evening sessions for working residents.",
                "Add evening and weekend sessions.",
            ),
            (
                Rating::OnTrack,
                "Workshops in every sector; two new neighbourhood focal points.",
                "Rooms hard to book in winter.",
                "Agree the use of school halls.",
            ),
        ],
        [
            (
                Rating::OnTrack,
                "A second lawyer joined the office.",
                "Waiting times of three weeks.",
                "Open a Saturday clinic.",
            ),
            (
                Rating::OnTrack,
                "Saturday clinic opened; waiting time down to ten days.",
                "Spending above plan for the clinic's rent.",
                "Move the clinic to a municipal building.",
            ),
        ],
        [
            (
                Rating::OffTrack,
                "Two courses held.",
                "Courses in working hours had low attendance.",
                "Offer the course online.",
            ),
            (
                Rating::SomeProgress,
                "Online course published.",
                "Completion below half of those enrolled.",
                "Make the course part of induction.",
            ),
        ],
        [
            (
                Rating::OnTrack,
                "Fourteen events in markets and schools.",
                "",
                "Keep the calendar.",
            ),
            (
                Rating::NoData,
                "",
                "The events of 2025 were not counted yet.",
                "Count them from the communications log.",
            ),
        ],
    ];
    for (at, program) in document.programs.iter_mut().enumerate() {
        program.responsible_unit = units[at].clone();
        program.indicators = indicators[at]
            .iter()
            .map(
                |(en, es, unit, baseline, target, target_year, values)| Indicator {
                    name: en_es(en, es),
                    unit: Localized::new("en", *unit),
                    baseline: Some(*baseline),
                    target: Some(*target),
                    target_year: Some(*target_year),
                    source: en_es("Municipal records", "Registros municipales"),
                    measurements: measured(values),
                    ..Indicator::default()
                },
            )
            .collect();
        program.budget = (2023..=2025)
            .zip(money[at])
            .map(|(year, (amount, executed))| BudgetLine {
                year,
                amount,
                executed,
                currency: "CLP".to_owned(),
                ..BudgetLine::default()
            })
            .collect();
        program.beneficiaries = (2023..=2025)
            .zip(reached[at])
            .map(|(year, count)| Beneficiaries {
                count,
                year,
                parts: Vec::new(),
            })
            .collect();
        program.reviews = (2024..=2025)
            .zip(&reviews[at])
            .map(|(year, (rating, achieved, difficulties, next))| Review {
                year,
                rating: *rating,
                achieved: Localized::new("en", *achieved),
                difficulties: Localized::new("en", *difficulties),
                next_steps: Localized::new("en", *next),
            })
            .collect();
    }
    // The first indicator asks for a breakdown by sex: given for 2024, not 2025.
    let workshops = &mut document.programs[0].indicators[0];
    workshops.disaggregation = vec![Dimension::Sex];
    workshops.measurements[1].parts = vec![
        Part {
            dimension: Dimension::Sex,
            category: "Women".to_owned(),
            value: 205.0,
        },
        Part {
            dimension: Dimension::Sex,
            category: "Men".to_owned(),
            value: 135.0,
        },
    ];
    document.years = vec![YearRecord {
        year: 2025,
        introduction: en_es(
            "This example shows the 2025 report of San Antonio's human rights programs. Its figures are made up for the example.",
            "Este ejemplo muestra el informe 2025 de los programas de derechos humanos de San Antonio. Sus cifras son inventadas para el ejemplo.",
        ),
        consultations: vec![
            Consultation {
                when: Some(Moment::Date {
                    year: 2025,
                    month: 4,
                    day: 12,
                }),
                who: en_es(
                    "96 residents and 11 neighbourhood councils",
                    "96 vecinos y 11 juntas vecinales",
                ),
                outcome: en_es(
                    "Asked for evening workshops and a legal clinic in the port district.",
                    "Pidieron talleres vespertinos y una clínica jurídica en el barrio del puerto.",
                ),
            },
            Consultation {
                when: Some(Moment::Date {
                    year: 2025,
                    month: 10,
                    day: 3,
                }),
                who: en_es("The youth council", "El consejo de la juventud"),
                outcome: en_es(
                    "Proposed outreach at the secondary schools.",
                    "Propuso actividades de difusión en los liceos.",
                ),
            },
        ],
        adopted: Some(Moment::Date {
            year: 2025,
            month: 12,
            day: 18,
        }),
        // The example's slides end with its year in review.
        in_slides: true,
    }];
    document.give_item_ids(true);
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/examples/san-antonio-three-years.ron");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    carta::store::save(&document, &path).unwrap();
    println!("{}", path.display());
}
