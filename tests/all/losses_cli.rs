//! Nothing lost on the command line (round three): a full disk on standard
//! output is an error, not a success; a read-only file is never replaced;
//! `-` means standard input or output, never a file named "-".

use std::path::{Path, PathBuf};
use std::process::Stdio;

use crate::support::carta_command as carta;

fn saved_profile(folder: &Path) -> PathBuf {
    let path = folder.join("p.ron");
    carta::store::save(&carta::store::embedded_profile(), &path).unwrap();
    path
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// `carta ARGS > /dev/full`: every write to standard output fails with
/// "no space left on the device".
#[cfg(target_os = "linux")]
fn onto_a_full_disk(args: &[&std::ffi::OsStr]) -> std::process::Output {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    carta()
        .args(args)
        .stdout(Stdio::from(full))
        .stderr(Stdio::piped())
        .output()
        .unwrap()
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_on_standard_output_fails_every_command_with_a_message() {
    let folder = tempfile::tempdir().unwrap();
    let profile = saved_profile(folder.path());
    let library = folder.path().join("library");
    std::fs::create_dir(&library).unwrap();
    std::fs::copy(&profile, library.join("p.ron")).unwrap();
    let out = folder.path().join("imported.ron");
    let page = Path::new("tests/data/san-antonio-chile.txt");
    let commands: [Vec<&std::ffi::OsStr>; 5] = [
        vec![
            "export".as_ref(),
            profile.as_os_str(),
            "--to".as_ref(),
            "html".as_ref(),
        ],
        vec![
            "export".as_ref(),
            profile.as_os_str(),
            "--to".as_ref(),
            "slides-pdf".as_ref(),
        ],
        vec!["check".as_ref(), profile.as_os_str()],
        vec![
            "library".as_ref(),
            library.as_os_str(),
            "--no-cache".as_ref(),
        ],
        vec![
            "import".as_ref(),
            page.as_os_str(),
            "-o".as_ref(),
            out.as_os_str(),
        ],
    ];
    for args in commands {
        let output = onto_a_full_disk(&args);
        assert_eq!(
            output.status.code(),
            Some(1),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(
            stderr(&output).contains("the output could not be written: the disk is full"),
            "{args:?}: {}",
            stderr(&output)
        );
    }
}

#[cfg(unix)]
#[test]
fn a_read_only_file_is_never_replaced_by_import_or_export() {
    use std::os::unix::fs::PermissionsExt as _;
    let folder = tempfile::tempdir().unwrap();
    let profile = saved_profile(folder.path());
    let kept = folder.path().join("kept.html");
    std::fs::write(&kept, "the council's copy").unwrap();
    std::fs::set_permissions(&kept, std::fs::Permissions::from_mode(0o444)).unwrap();
    let output = carta()
        .args([
            "export".as_ref(),
            profile.as_os_str(),
            "--to".as_ref(),
            "html".as_ref(),
        ])
        .arg("-o")
        .arg(&kept)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("read-only"), "{}", stderr(&output));
    assert_eq!(
        std::fs::read_to_string(&kept).unwrap(),
        "the council's copy"
    );

    let kept_profile = folder.path().join("kept.ron");
    std::fs::copy(&profile, &kept_profile).unwrap();
    std::fs::set_permissions(&kept_profile, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = std::fs::read(&kept_profile).unwrap();
    let output = carta()
        .args(["import", "tests/data/san-antonio-chile.txt", "-o"])
        .arg(&kept_profile)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("read-only"), "{}", stderr(&output));
    assert_eq!(std::fs::read(&kept_profile).unwrap(), before);
    assert!(!folder.path().join("kept.ron.bak").exists());
}

#[test]
fn a_dash_is_standard_input_and_output_not_a_file() {
    let folder = tempfile::tempdir().unwrap();
    let profile = saved_profile(folder.path());
    let output = carta()
        .current_dir(folder.path())
        .args([
            "export".as_ref(),
            profile.as_os_str(),
            "--to".as_ref(),
            "md".as_ref(),
        ])
        .args(["-o", "-"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(String::from_utf8_lossy(&output.stdout).contains("San Antonio"));
    assert!(!folder.path().join("-").exists(), "no file named -");

    let page = std::fs::read("tests/data/san-antonio-chile.txt").unwrap();
    let mut child = carta()
        .current_dir(folder.path())
        .args(["import", "-", "-o", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write as _;
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(&page).unwrap();
    }
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let text = String::from_utf8(output.stdout).unwrap();
    let document = carta::store::parse(&text, "stdout").expect("a profile on standard output");
    assert_eq!(document.programs.len(), 4);
    assert!(!folder.path().join("-").exists(), "no file named -");
}

// Windows takes the interface language from the user's settings, not from
// LC_ALL, so only Unix can be asked for each language here.
#[cfg(unix)]
#[test]
fn a_missing_part_is_named_in_the_officers_words_not_the_programs() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("short.ron");
    std::fs::write(&path, "(format_version: 1)").unwrap();
    for (locale, expected) in [
        ("C", "the profile lacks the required field `city`"),
        (
            "es_ES.UTF-8",
            "falta el campo obligatorio `city` en el perfil",
        ),
        (
            "fr_FR.UTF-8",
            "il manque le champ obligatoire `city` dans le profil",
        ),
    ] {
        let output = carta()
            .env("LC_ALL", locale)
            .env("LANG", locale)
            .arg("check")
            .arg(&path)
            .output()
            .unwrap();
        let said = stderr(&output);
        assert!(said.contains(expected), "{locale}: {said}");
        assert!(!said.contains("Document"), "{locale}: {said}");
    }
}

#[test]
fn control_characters_are_shown_escaped_and_never_published() {
    let folder = tempfile::tempdir().unwrap();
    let mut document = carta::store::embedded_profile();
    let hostile = "Evil\u{1b}]0;pwned\u{7}\u{202e}exe.txt\u{0}";
    document.programs[0].title = carta::model::Localized::new("en", hostile);
    document.programs[1].id = document.programs[0].id;
    // The check quotes areas' titles, so the hostile text reaches a message
    // through the file's content as well as through its name.
    for area in &mut document.policies.areas {
        area.title = carta::model::Localized::new("en", hostile);
    }
    // Windows refuses control characters in file names; elsewhere the name
    // itself is hostile too.
    let name = if cfg!(windows) {
        "evil.ron"
    } else {
        "evil\u{1b}[31m.ron"
    };
    let path = folder.path().join(name);
    carta::store::save(&document, &path).unwrap();
    let output = carta().arg("check").arg(&path).output().unwrap();
    let said = String::from_utf8_lossy(&output.stdout).into_owned() + &stderr(&output);
    for raw in ['\u{1b}', '\u{7}', '\u{202e}', '\u{0}'] {
        assert!(
            !said.contains(raw),
            "{raw:?} reached the terminal: {said:?}"
        );
    }
    assert!(said.contains("\\u{1b}"), "shown escaped: {said}");
    for format in ["txt", "md", "html"] {
        let output = carta()
            .args([
                "export".as_ref(),
                path.as_os_str(),
                "--to".as_ref(),
                format.as_ref(),
            ])
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&output.stdout);
        assert!(text.contains("Evil"), "{format}");
        for raw in ['\u{1b}', '\u{7}', '\u{202e}', '\u{0}'] {
            assert!(!text.contains(raw), "{format} publishes {raw:?}");
        }
    }
}

#[test]
fn a_profile_given_as_a_page_is_recognised_not_imported() {
    let folder = tempfile::tempdir().unwrap();
    let profile = saved_profile(folder.path());
    let out = folder.path().join("out.ron");
    let output = carta()
        .arg("import")
        .arg(&profile)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("this is a Carta profile, not a campaign page"),
        "{}",
        stderr(&output)
    );
    assert!(!out.exists(), "nothing written");
}

#[test]
fn a_page_with_texts_over_the_limit_imports_to_a_profile_that_opens_again() {
    let folder = tempfile::tempdir().unwrap();
    let sample = std::fs::read_to_string("tests/data/san-antonio-chile.txt").unwrap();
    // The vision as one paragraph of 224,000 characters, as a pasted report.
    let sentence = "Every resident has the right to take part in the life of the city. ";
    let long = sentence.repeat(224_000 / sentence.len() + 1);
    let page = sample.replacen(
        "Municipalities, as part of the State,",
        &format!("{long}Municipalities, as part of the State,"),
        1,
    );
    let page_path = folder.path().join("page.txt");
    std::fs::write(&page_path, &page).unwrap();
    let out = folder.path().join("imported.ron");
    let output = carta()
        .arg("import")
        .arg(&page_path)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(
        said.contains("longer than a profile's text can be"),
        "{said}"
    );
    // Everything Carta writes opens again: checked, and loaded.
    let check = carta().arg("check").arg(&out).output().unwrap();
    assert!(!stderr(&check).contains("longer"), "{}", stderr(&check));
    let document = carta::store::load(&out).expect("the imported profile opens");
    let kept: usize = std::iter::once(document.vision.prose.get("en").len())
        .chain(document.unplaced.iter().map(|piece| piece.text.len()))
        .sum();
    assert!(
        kept >= long.trim_end().len(),
        "nothing of the vision is lost"
    );
}

/// 98 KB of nested `- - - …` in one description: the page grows with the
/// text, not with its square (it took 15 s and grew quadratically).
#[test]
fn deeply_nested_lists_make_a_page_as_long_as_their_text() {
    let mut document = carta::store::embedded_profile();
    let nested = "- ".repeat(49_000) + "the last item";
    document.programs[0].description = carta::model::Localized::new("en", nested.clone());
    let options = carta::export::ExportOptions::default();
    for format in [carta::export::Format::Html, carta::export::Format::Markdown] {
        let page = carta::export::export(&document, format, &options);
        assert!(page.contains("the last item"), "{format:?}");
        assert!(
            page.len() < 4 * nested.len() + 200_000,
            "{format:?}: {} bytes for {} of text",
            page.len(),
            nested.len()
        );
    }
}

/// A page of 20,000 repeated headings and one of 20,000 items: the import
/// reads them (it used to count every heading for each heading, and scan
/// every program for each new id). What it makes is checked; how fast it is
/// goes in the benchmark.
#[test]
fn repeated_headings_and_many_items_import_whole() {
    let headings = "VISION AS HUMAN RIGHTS CITY / TERRITORY\n\nA line.\n\n".repeat(20_000);
    let page = format!("Tetouan (Morocco)\n\n{headings}");
    let (document, report) = carta::import::import_text(&page);
    assert!(!report.notes.is_empty(), "the repeated headings are noted");
    assert_eq!(document.city.name.get("en"), "Tetouan");
    let items: String = (0..20_000)
        .map(|n| format!("- Program {n}: a service for residents.\n"))
        .collect();
    let page = format!(
        "Tetouan (Morocco)\n\nHUMAN RIGHTS LOCAL POLICIES, MECHANISMS AND PROGRAMS\n\n1. Housing\n\nThe city houses people:\n\n{items}"
    );
    let (document, _) = carta::import::import_text(&page);
    assert_eq!(document.programs.len(), 20_000);
    let ids: std::collections::HashSet<u32> = document.programs.iter().map(|p| p.id.0).collect();
    assert_eq!(ids.len(), 20_000, "every id its own");
    assert!(document.next_program_id as usize > 20_000);
}
