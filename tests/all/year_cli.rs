//! `carta report`: the year's figures, each checked against a sum the test
//! works out itself from the profile.

use std::collections::BTreeMap;

use carta::model::{
    BudgetLine, Document, Indicator, Localized, Measurement, Moment, TargetGroup, Visibility,
};
use carta::store;
use serde_json::Value;

use crate::support::carta_command as carta;

/// A catalogue with two years of money in two currencies, goals, articles
/// and groups spread over its programs, and an internal program that must
/// count nowhere.
fn a_year_of_figures() -> Document {
    let mut document = carta::store::embedded_profile();
    document.programs.clear();
    for n in 0..12u32 {
        let id = document.add_new_program(carta::i18n::Language::ENGLISH);
        let program = document.program_mut(id).unwrap();
        program.sdgs = vec![(n % 5 + 1) as u8, 16];
        program.rights = vec![(n % 3 + 1) as u8 * 7];
        program.target_groups = if n % 2 == 0 {
            vec![TargetGroup::Women, TargetGroup::AllResidents]
        } else {
            vec![TargetGroup::Other("Pescadores".to_owned())]
        };
        for (year, amount) in [(2024, 1000.0 * f64::from(n)), (2025, 1500.0 + f64::from(n))] {
            program.budget.push(BudgetLine {
                year,
                amount,
                executed: (n % 3 != 0).then_some(amount * 0.75),
                currency: if n % 4 == 0 { "EUR" } else { "CLP" }.to_owned(),
                ..BudgetLine::default()
            });
        }
        let mut indicator = Indicator {
            name: Localized::new("en", format!("Indicator {n}")),
            baseline: Some(f64::from(n)),
            target: Some(100.0),
            ..Indicator::default()
        };
        for (year, value) in [(2023, 5.0), (2025, 40.0 + f64::from(n)), (2026, 99.0)] {
            indicator.measurements.push(Measurement {
                when: Moment::Year(year),
                value,
                parts: Vec::new(),
                note: Localized::default(),
            });
        }
        program.indicators.push(indicator);
        if n == 5 {
            program.visibility = Visibility::Internal;
        }
    }
    document
}

/// Sums per key then currency, worked out here from the programs.
fn expected(
    document: &Document,
    keys: impl Fn(&carta::model::Program) -> Vec<String>,
) -> BTreeMap<String, BTreeMap<String, (f64, f64)>> {
    let mut sums: BTreeMap<String, BTreeMap<String, (f64, f64)>> = BTreeMap::new();
    for program in document.programs.iter() {
        if program.visibility != Visibility::Public {
            continue;
        }
        for line in program.budget.iter().filter(|l| l.year == 2025) {
            for key in keys(program) {
                let sum = sums
                    .entry(key)
                    .or_default()
                    .entry(line.currency.clone())
                    .or_default();
                sum.0 += line.amount;
                sum.1 += line.executed.unwrap_or(0.0);
            }
        }
    }
    sums
}

fn as_sums(value: &Value) -> BTreeMap<String, BTreeMap<String, (f64, f64)>> {
    (value.as_object().unwrap().iter())
        .map(|(key, currencies)| {
            let currencies = (currencies.as_object().unwrap().iter())
                .map(|(code, money)| {
                    let planned = money["planned"].as_f64().unwrap();
                    let executed = money["executed"].as_f64().unwrap();
                    (code.clone(), (planned, executed))
                })
                .collect();
            (key.clone(), currencies)
        })
        .collect()
}

#[test]
fn the_json_report_holds_the_years_sums_per_goal_article_and_group() {
    let folder = tempfile::tempdir().unwrap();
    let document = a_year_of_figures();
    let file = folder.path().join("figures.ron");
    store::save(&document, &file).unwrap();
    let output = carta()
        .args(["report".as_ref(), file.as_os_str()])
        .args(["--year", "2025", "--to", "json"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["year"], 2025);
    let budget = &report["budget"];
    let sdgs = |p: &carta::model::Program| p.sdgs.iter().map(u8::to_string).collect();
    let rights = |p: &carta::model::Program| p.rights.iter().map(u8::to_string).collect();
    let groups = |p: &carta::model::Program| {
        (p.target_groups.iter())
            .map(|g| match g {
                TargetGroup::Women => "Women".to_owned(),
                TargetGroup::AllResidents => "AllResidents".to_owned(),
                TargetGroup::Other(own) => own.clone(),
                other => panic!("{other:?}"),
            })
            .collect()
    };
    assert_eq!(as_sums(&budget["by_sdg"]), expected(&document, sdgs));
    assert_eq!(as_sums(&budget["by_right"]), expected(&document, rights));
    assert_eq!(as_sums(&budget["by_group"]), expected(&document, groups));
    assert!(
        budget["by_sdg"]["16"]["EUR"].is_object(),
        "per currency, never mixed"
    );
    // Each public indicator, its latest value up to the year (not 2026's).
    let indicators = report["indicators"].as_array().unwrap();
    assert_eq!(indicators.len(), 11, "the internal program's is left out");
    for indicator in indicators {
        let n: f64 = indicator["name"].as_str().unwrap()["Indicator ".len()..]
            .parse()
            .unwrap();
        assert_eq!(indicator["latest"].as_f64(), Some(40.0 + n));
        assert_eq!(indicator["latest_year"], 2025);
        assert_eq!(indicator["baseline"].as_f64(), Some(n));
        assert_eq!(indicator["target"].as_f64(), Some(100.0));
        assert!(indicator["program"].is_u64());
        assert!(indicator["rating"].is_null(), "no review written");
    }
    assert!(!String::from_utf8_lossy(&output.stdout).contains("Indicator 5\""));
}

#[test]
fn a_report_of_a_file_that_is_no_profile_says_why_and_writes_nothing() {
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("notes.ron");
    std::fs::write(&file, "this is not a profile").unwrap();
    let out = folder.path().join("report.json");
    let output = carta()
        .args(["report".as_ref(), file.as_os_str()])
        .args(["--year", "2025", "-o"])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("notes.ron:1:"));
    assert!(!out.exists());
}

#[test]
fn sheets_written_filled_and_read_back_on_the_command_line() {
    use crate::sheets::{Typed, filled, units_profile};
    let folder = tempfile::tempdir().unwrap();
    let profile = folder.path().join("city.ron");
    store::save(&units_profile(), &profile).unwrap();
    let out = folder.path().join("to units");
    let written = carta()
        .args(["sheets"])
        .arg(&profile)
        .args(["--year", "2025", "-o"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        written.status.success(),
        "{}",
        String::from_utf8_lossy(&written.stderr)
    );
    let listed = String::from_utf8(written.stdout).unwrap();
    assert_eq!(listed.lines().count(), 3, "{listed}");
    assert!(listed.contains("social-services-2025.xlsx"));

    let sent = std::fs::read(out.join("social-services-2025.xlsx")).unwrap();
    let back = folder.path().join("back");
    std::fs::create_dir(&back).unwrap();
    let edits = [
        ("Indicators", 2, 10, Typed::Number(31.0)),
        ("Budget", 2, 5, Typed::Text("about 40")),
    ];
    std::fs::write(back.join("social.xlsx"), filled(&sent, &edits, &[], &[])).unwrap();
    let result = folder.path().join("city-2025.ron");
    let read = carta()
        .args(["sheets", "--read"])
        .arg(&profile)
        .arg(&back)
        .arg("-o")
        .arg(&result)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&read.stderr);
    assert_eq!(read.status.code(), Some(1), "{said}");
    assert!(
        said.contains("social.xlsx, sheet Budget, F3: “about 40” is not a number."),
        "{said}"
    );
    assert!(
        said.contains("One file read, one figure changed."),
        "{said}"
    );
    let document = store::load(&result).unwrap();
    let cases = &document.programs[1].indicators[0];
    assert_eq!(carta::model::monitoring::value_in(cases, 2025), Some(31.0));

    // Never over the profile itself; and a year is needed to write.
    let over = carta()
        .args(["sheets", "--read"])
        .arg(&profile)
        .arg(&back)
        .arg("-o")
        .arg(&profile)
        .output()
        .unwrap();
    assert_eq!(over.status.code(), Some(2));
    let no_year = carta()
        .arg("sheets")
        .arg(&profile)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert!(!no_year.status.success());
}
