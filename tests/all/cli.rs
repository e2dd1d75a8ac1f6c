//! The command line, run as the officer's scripts would run it.

use crate::support::carta_command as carta;

/// `carta check FILE` with the system's language set by `locale`: exit code and output.
/// (Through LANG and LC_ALL, so only where they set it.)
#[cfg(unix)]
fn check_in(locale: &str, file: &std::path::Path) -> (Option<i32>, String) {
    let output = carta()
        .env("LC_ALL", locale)
        .arg("check")
        .arg(file)
        .output()
        .unwrap();
    // Findings go to stdout, files that cannot be read to stderr: both, here.
    let text = String::from_utf8_lossy(&output.stderr).into_owned()
        + &String::from_utf8_lossy(&output.stdout);
    (output.status.code(), text)
}

/// The San Antonio profile saved in `folder`, its second area's Spanish title
/// not written yet.
fn profile_with_a_gap(folder: &std::path::Path) -> std::path::PathBuf {
    let path = folder.join("sa.ron");
    let mut document = carta::store::embedded_profile();
    document.policies.areas[1].title.set("es", "");
    carta::store::save(&document, &path).unwrap();
    path
}

#[test]
fn export_in_a_content_language_falls_back_to_the_main_one_for_gaps() {
    let folder = tempfile::tempdir().unwrap();
    let profile = profile_with_a_gap(folder.path());
    let export = |lang: Option<&str>| {
        let mut command = carta();
        command.arg("export").arg(&profile).args(["--to", "md"]);
        if let Some(lang) = lang {
            command.args(["--lang", lang]);
        }
        let output = command.output().unwrap();
        assert!(output.status.success());
        (
            String::from_utf8(output.stdout).unwrap(),
            String::from_utf8(output.stderr).unwrap(),
        )
    };
    let (english, _) = export(None);
    assert!(english.contains("- **Region:** Latin America"), "{english}");
    assert!(english.contains("### 1. Cross-Cutting Approach in the Institution"));

    let (spanish, warnings) = export(Some("es"));
    assert!(warnings.is_empty(), "{warnings}");
    assert!(
        spanish.contains("- **Región:** América Latina"),
        "{spanish}"
    );
    assert!(spanish.contains("- **Autoridad:** Omar Vera Castro, Alcalde"));
    assert!(spanish.contains("## Visión\n\nLos municipios, como parte del Estado"));
    assert!(spanish.contains("### 1. Enfoque transversal en la institución"));
    // Not translated yet: the English title stands in.
    assert!(spanish.contains("### 2. Education and Promotion of Human Rights"));
    assert!(spanish.contains("## Catálogo de programas"));

    // A language the profile does not have: the main language, and a warning.
    let (french, warnings) = export(Some("fr"));
    assert!(warnings.contains("no “fr” texts"), "{warnings}");
    assert_eq!(french, english);
}

// The system language is set here through LANG, as on Linux and macOS;
// Windows takes it from the user's settings, which a test cannot change.
#[cfg(unix)]
#[test]
fn check_reports_missing_translations_in_the_system_language() {
    let folder = tempfile::tempdir().unwrap();
    let profile = profile_with_a_gap(folder.path());
    let (_, stdout) = check_in("C", &profile);
    assert!(
        stdout.contains("warning: Area title of policy area 2 has no text in Spanish."),
        "{stdout}"
    );
    let (_, stdout) = check_in("es_CL.UTF-8", &profile);
    assert!(
        stdout.contains("aviso: Título del área (área de políticas 2): falta el texto en español."),
        "{stdout}"
    );
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
    // Findings on stdout, files that cannot be read on stderr.
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(stdout, format!("{}: ok\n", good.display()));
    let stderr = String::from_utf8_lossy(&output.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 2, "{stderr}");
    assert!(
        lines[0].starts_with(&format!("{}:2:", bad.display())),
        "{stderr}"
    );
    assert!(
        lines[1].starts_with(&format!("{}:1:", binary.display())),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn check_of_a_missing_file_fails() {
    let output = carta()
        .args(["check", "/no/such/profile.ron"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with("/no/such/profile.ron: the file cannot be read: "),
        "{stderr}"
    );
}

/// A file that cannot be read is explained in the system's language, with its
/// place in the text; so is what an import could not place.
// The system language is set here through LANG, as on Linux and macOS;
// Windows takes it from the user's settings, which a test cannot change.
#[cfg(unix)]
#[test]
fn problems_with_files_are_told_in_the_system_language() {
    let folder = tempfile::tempdir().unwrap();
    let profile = folder.path().join("cortado.ron");
    let text = carta::store::to_ron(&carta::store::embedded_profile()).unwrap();
    std::fs::write(&profile, &text[..text.len() / 2]).unwrap();
    let (code, stdout) = check_in("es_CL.UTF-8", &profile);
    assert_eq!(code, Some(1));
    let lines = text[..text.len() / 2].lines().count();
    assert!(
        stdout.starts_with(&format!("{}:{lines}:", profile.display())),
        "{stdout}"
    );
    assert!(
        stdout.contains("puede que el archivo se haya cortado"),
        "{stdout}"
    );

    let page = folder.path().join("page.txt");
    std::fs::write(
        &page,
        "Villa Ejemplo\n\nYEAR OF JOINING THE GLOBAL CAMPAIGN\nsoon\n",
    )
    .unwrap();
    let output = carta()
        .env("LC_ALL", "fr_FR.UTF-8")
        .args(["import"])
        .arg(&page)
        .arg("-o")
        .arg(folder.path().join("villa.ron"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains(&format!(
            "{}:4: pas d’année dans « soon » ; l’année d’adhésion reste vide",
            page.display()
        )),
        "{stdout}"
    );
    assert!(
        stdout.contains("0 domaines d’action, 0 programmes"),
        "{stdout}"
    );
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
