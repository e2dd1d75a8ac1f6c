//! The command line, run as the officer's scripts would run it.

use std::process::Command;

fn carta() -> Command {
    Command::new(env!("CARGO_BIN_EXE_carta"))
}

#[test]
fn check_reports_ok_and_errors_with_locations() {
    let folder = tempfile::tempdir().unwrap();
    let good = folder.path().join("good.ron");
    let bad = folder.path().join("bad.ron");
    let binary = folder.path().join("binary.ron");
    // San Antonio's third policy area lists no program on the campaign's page;
    // give it one so that the check has nothing to report.
    let mut complete = carta::store::embedded_profile();
    complete.policies.areas[2]
        .programs
        .push(carta::model::ProgramId(4));
    carta::store::save(&complete, &good).unwrap();
    std::fs::write(&bad, "(format_version: 1,\n  city: (name: 12))").unwrap();
    std::fs::write(&binary, [0u8, 159, 146, 150, 255, 0, 1]).unwrap();

    let output = carta().arg("check").arg(&good).output().unwrap();
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        format!("{}: ok\n", good.display())
    );

    let output = carta()
        .arg("check")
        .args([&good, &bad, &binary])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{stdout}");
    assert!(
        lines[1].starts_with(&format!("{}:2:", bad.display())),
        "{stdout}"
    );
    assert!(
        lines[2].starts_with(&format!("{}:1:", binary.display())),
        "{stdout}"
    );
    assert!(
        output.stderr.is_empty(),
        "no panic: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn check_of_a_missing_file_fails() {
    let output = carta()
        .args(["check", "/no/such/profile.ron"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stdout).contains("cannot read"));
}

#[test]
fn help_and_version() {
    let output = carta().arg("--help").output().unwrap();
    assert!(output.status.success());
    let help = String::from_utf8_lossy(&output.stdout);
    assert!(help.contains("check"), "{help}");
    let output = carta().arg("--version").output().unwrap();
    assert_eq!(
        String::from_utf8_lossy(&output.stdout).trim(),
        format!("carta {}", env!("CARGO_PKG_VERSION"))
    );
}
