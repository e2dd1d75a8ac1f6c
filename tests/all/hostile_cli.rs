//! The command line against closed pipes, devices, FIFOs, huge and malformed
//! files: no panic, no hang, messages in the officer's words on stderr.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::carta_command as carta;

/// Runs `command`, killing it if it takes more than `seconds`: a hang fails
/// the test instead of the whole run.
fn run_within(mut command: Command, seconds: u64) -> std::process::Output {
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            return child.wait_with_output().unwrap();
        }
        if start.elapsed() > Duration::from_secs(seconds) {
            let _ = child.kill();
            panic!("carta did not finish within {seconds} s");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn saved_profile(folder: &Path) -> PathBuf {
    let path = folder.join("p.ron");
    carta::store::save(&carta::store::embedded_profile(), &path).unwrap();
    path
}

/// Runs `carta ARGS` with its standard output closed before it writes.
fn with_closed_stdout(args: &[&std::ffi::OsStr]) -> std::process::Output {
    let mut child = carta()
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The reader goes away at once, as `| head -1` does after its line.
    drop(child.stdout.take());
    child.wait_with_output().unwrap()
}

#[test]
fn check_stops_quietly_when_its_reader_goes_away() {
    let folder = tempfile::tempdir().unwrap();
    let mut document = carta::store::embedded_profile();
    document.city.country.set("en", "");
    let path = folder.path().join("gaps.ron");
    carta::store::save(&document, &path).unwrap();
    let many: Vec<&std::ffi::OsStr> = std::iter::once("check".as_ref())
        .chain(std::iter::repeat_n(path.as_os_str(), 400))
        .collect();
    let output = with_closed_stdout(&many);
    assert_ne!(output.status.code(), Some(101), "{}", stderr(&output));
    assert!(!stderr(&output).contains("panicked"), "{}", stderr(&output));
}

#[test]
fn import_writes_its_profile_even_when_its_reader_goes_away() {
    let folder = tempfile::tempdir().unwrap();
    let page = folder.path().join("page.txt");
    // A page whose import has notes to print: no title line.
    std::fs::write(&page, "REGION\nLatin America\nsome text nobody can place\n").unwrap();
    let output_path = folder.path().join("out.ron");
    let output = with_closed_stdout(&[
        "import".as_ref(),
        page.as_os_str(),
        "-o".as_ref(),
        output_path.as_os_str(),
    ]);
    assert_ne!(output.status.code(), Some(101), "{}", stderr(&output));
    assert!(!stderr(&output).contains("panicked"), "{}", stderr(&output));
    assert!(
        carta::store::load(&output_path).is_ok(),
        "the profile is written"
    );
}

#[cfg(unix)]
#[test]
fn devices_and_pipes_are_refused_at_once() {
    let folder = tempfile::tempdir().unwrap();
    let zero = folder.path().join("zero.ron");
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    let fifo = folder.path().join("fifo.ron");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    for path in [&zero, &fifo] {
        let mut command = carta();
        command.arg("check").arg(path);
        let output = run_within(command, 10);
        assert_eq!(output.status.code(), Some(1));
        assert!(
            stderr(&output).contains("not an ordinary file"),
            "{}",
            stderr(&output)
        );
        let mut command = carta();
        command
            .arg("import")
            .arg(path)
            .arg("-o")
            .arg(folder.path().join("x.ron"));
        let output = run_within(command, 10);
        assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
        let mut command = carta();
        command.args(["export"]).arg(path).args(["--to", "md"]);
        let output = run_within(command, 10);
        assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    }
}

#[test]
fn a_page_over_the_size_limit_is_refused_like_a_profile() {
    let folder = tempfile::tempdir().unwrap();
    let page = folder.path().join("huge.txt");
    let file = std::fs::File::create(&page).unwrap();
    file.set_len(carta::store::MAX_FILE_BYTES + 1).unwrap();
    let out = folder.path().join("huge.ron");
    let mut command = carta();
    command.arg("import").arg(&page).arg("-o").arg(&out);
    let output = run_within(command, 30);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("more than a profile can be"),
        "{}",
        stderr(&output)
    );
    assert!(!out.exists());
}

#[test]
fn export_refuses_to_replace_its_own_input() {
    let folder = tempfile::tempdir().unwrap();
    let profile = saved_profile(folder.path());
    let before = std::fs::read(&profile).unwrap();
    // The same file, spelled another way.
    let spelled = folder.path().join(".").join("p.ron");
    let output = carta()
        .arg("export")
        .arg(&profile)
        .args(["--to", "html", "-o"])
        .arg(&spelled)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("the profile being exported"),
        "{}",
        stderr(&output)
    );
    assert_eq!(std::fs::read(&profile).unwrap(), before);

    let page = folder.path().join("page.txt");
    std::fs::copy("tests/data/san-antonio-chile.txt", &page).unwrap();
    let output = carta()
        .arg("import")
        .arg(&page)
        .arg("-o")
        .arg(folder.path().join("./page.txt"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        std::fs::read(&page).unwrap(),
        std::fs::read("tests/data/san-antonio-chile.txt").unwrap()
    );
}

/// `carta check` on a profile whose text is `edit(sample)`.
fn check_edited(edit: impl Fn(String) -> String) -> std::process::Output {
    let folder = tempfile::tempdir().unwrap();
    let text = edit(carta::store::EMBEDDED_PROFILE.to_owned());
    let path = folder.path().join("edited.ron");
    std::fs::write(&path, text).unwrap();
    carta().arg("check").arg(&path).output().unwrap()
}

#[test]
fn check_reports_what_cannot_be() {
    let output = check_edited(|text| {
        text.replacen("rights: [", "rights: [0, 31, ", 1)
            .replacen("sdgs: [", "sdgs: [18, ", 1)
            .replacen("languages: [\"en\", \"es\"]", "languages: [\"en\", \"es\", \"es\", \"\", \"english!\"]", 1)
            .replacen("joined: Some(2022)", "joined: Some(20222)", 1)
            .replacen("id: 2,", "id: 1,", 1)
            .replacen("next_program_id: 5", "next_program_id: 2", 1)
            .replacen(
                "kind: Program,",
                "kind: Program,\n            start: Some(Date(year: 2024, month: 13, day: 0)),\n            budget: [(year: 2024, amount: -5.0, currency: \"CLP\"), (year: 2024, amount: inf, currency: \"CLP\")],",
                1,
            )
    });
    let out = stdout(&output);
    for expected in [
        "article 0, but the Universal Declaration has articles 1 to 30",
        "article 31",
        "goal 18, but there are 17",
        "“es” is listed twice",
        "A content language has an empty code",
        "“english!” is not a language code",
        "20222, which cannot be right",
        "2 programs share the id #1",
        "The next new program would get id #2",
        "2024-13-00, which no calendar has",
        "Budget line 1 of",
        "Budget line 2 of",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in:\n{out}");
    }
    assert_eq!(
        output.status.code(),
        Some(1),
        "errors fail the check, as a linter's do"
    );
}

#[test]
fn check_fails_on_errors_and_passes_warnings_unless_strict() {
    let shared_id = check_edited(|text| text.replacen("id: 2,", "id: 1,", 1));
    assert!(
        stdout(&shared_id).contains(": error: "),
        "{}",
        stdout(&shared_id)
    );
    assert_eq!(shared_id.status.code(), Some(1), "two programs share an id");
    // The sample as published: warnings only (an area with no program).
    let sample = check_edited(|text| text);
    let out = stdout(&sample);
    assert!(
        out.contains(": warning: ") && !out.contains(": error: "),
        "{out}"
    );
    assert_eq!(sample.status.code(), Some(0), "warnings alone pass");
    let help = carta().args(["check", "--help"]).output().unwrap();
    assert!(
        stdout(&help).contains("has an error"),
        "--help says when check fails: {}",
        stdout(&help)
    );
}

#[test]
fn a_language_given_twice_in_a_text_is_a_load_error_with_its_place() {
    let output = check_edited(|text| {
        text.replacen(
            "name: {\"en\": \"San Antonio\"",
            "name: {\"en\": \"San Antonio\", \"en\": \"Santiago\"",
            1,
        )
    });
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert!(err.contains("gives “en” twice"), "{err}");
    let place = err.split(": ").next().unwrap();
    assert!(
        place
            .split(':')
            .filter(|part| part.parse::<u32>().is_ok())
            .count()
            == 2,
        "FILE:LINE:COL expected: {err}"
    );
    assert!(stdout(&output).is_empty(), "errors go to stderr");
}

#[test]
fn parse_errors_are_in_the_officers_words() {
    let cases: [(&str, &str, &str); 3] = [
        ("rights: [", "rights: [300, ", "too large or too small"),
        (
            "kind: Program,",
            "kind: Program, kind: Office,",
            "written twice",
        ),
        ("answers: (", "answers: [", "was expected here"),
    ];
    for (from, to, expected) in cases {
        let output = check_edited(|text| text.replacen(from, to, 1));
        let err = stderr(&output);
        assert!(err.contains(expected), "{to}: {err}");
        for english in ["(Integer", "Unexpected duplicate", "os error", "Expected"] {
            assert!(!err.contains(english), "{to}: the parser's words: {err}");
        }
    }
    let output = carta()
        .arg("check")
        .arg("/no/such/place.ron")
        .output()
        .unwrap();
    let err = stderr(&output);
    assert!(err.contains("does not exist"), "{err}");
    assert!(!err.contains("os error"), "{err}");
}

#[test]
fn a_save_error_names_the_officers_file_not_a_temporary_one() {
    let folder = tempfile::tempdir().unwrap();
    let missing = folder.path().join("gone").join("p.ron");
    let error = carta::store::save(&carta::store::embedded_profile(), &missing).unwrap_err();
    let message = error.to_string();
    assert!(
        message.starts_with(&missing.display().to_string()),
        "{message}"
    );
    assert!(!message.contains(".carta-save"), "{message}");
    assert!(!message.contains("os error"), "{message}");
}

#[test]
fn a_text_of_megabytes_is_refused_where_it_starts_and_quickly() {
    let long = "x".repeat(5 * 1024 * 1024);
    let output = check_edited(|text| {
        text.replacen(
            "qualifier: {\"en\": \"Chile\"",
            &format!("qualifier: {{\"en\": \"{long}\""),
            1,
        )
    });
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert!(err.contains("longer than a profile's text can be"), "{err}");
}
