//! A folder of other cities' profiles as a library, through the CLI: counts,
//! unreadable files with their place, search with filters, JSON, and a
//! folder left exactly as it was.

use std::path::Path;

use carta::model::synthetic::library_profile;

use crate::support::carta_command as carta;

/// Two generated cities, the campaign's San Antonio page two folders down, a
/// profile cut off mid-text, a README that is no campaign page, and a hidden
/// file an editor left.
fn folder() -> tempfile::TempDir {
    let folder = tempfile::tempdir().unwrap();
    let root = folder.path();
    for index in 0..2 {
        let text = carta::store::to_ron(&library_profile(index, 5)).unwrap();
        std::fs::write(root.join(format!("city-{index}.ron")), text).unwrap();
    }
    let deep = root.join("campaign").join("latin-america");
    std::fs::create_dir_all(&deep).unwrap();
    std::fs::copy(
        "tests/data/san-antonio-chile.txt",
        deep.join("san-antonio.txt"),
    )
    .unwrap();
    let cut = carta::store::to_ron(&library_profile(2, 5)).unwrap();
    std::fs::write(root.join("cut.ron"), &cut[..cut.len() / 2]).unwrap();
    std::fs::write(
        root.join("README.txt"),
        "Profiles collected at the 2025 meeting.\n",
    )
    .unwrap();
    std::fs::write(root.join(".draft.ron"), "not even RON").unwrap();
    folder
}

/// Every file's bytes under `root`, to tell that nothing was written.
fn contents(root: &Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let (mut files, _) = carta::library::files_under(root);
    files.push(root.join(".draft.ron"));
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let bytes = std::fs::read(&path).unwrap();
            (path, bytes)
        })
        .collect()
}

#[test]
fn a_library_counts_its_profiles_and_names_the_files_it_cannot_read() {
    let folder = folder();
    let before = contents(folder.path());
    let output = carta().arg("library").arg(folder.path()).output().unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    // Two generated cities of 5 programs, and San Antonio's page with 4.
    assert_eq!(stdout.trim(), "3 profiles, 14 programs", "{stderr}");
    let cut = folder.path().join("cut.ron").display().to_string();
    let told: Vec<&str> = stderr.lines().collect();
    assert_eq!(told.len(), 1, "{stderr}");
    assert!(told[0].starts_with(&format!("{cut}:")), "{stderr}");
    let place: Vec<&str> = told[0][cut.len() + 1..].splitn(3, ':').collect();
    assert!(
        place[0].parse::<u32>().is_ok() && place[1].parse::<u32>().is_ok(),
        "FILE:LINE:COL: {stderr}"
    );
    assert_eq!(contents(folder.path()), before, "the library never writes");
}

#[test]
fn a_search_lists_one_line_a_program_and_a_count() {
    let folder = folder();
    let output = carta()
        .arg("library")
        .arg(folder.path())
        .args(["--search", "justice"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success());
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines,
        [
            "San Antonio (Chile) · #2 · Access to Justice Programs",
            "1 program in 1 city"
        ],
        "{stdout}"
    );
    // A group named in Spanish, and a region: filters of their own.
    let output = carta()
        .arg("library")
        .arg(folder.path())
        .args([
            "--group",
            "Personas migrantes",
            "--region",
            "América Latina",
        ])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    for line in stdout.lines().filter(|l| l.contains(" · #")) {
        assert!(
            line.contains("(Chile)") || line.contains("(Uruguay)") || line.contains("(Mexico)"),
            "{line}"
        );
    }
    let output = carta()
        .arg("library")
        .arg(folder.path())
        .args(["--group", "Astronauts"])
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("“Astronauts” is not a target group"));
}

#[test]
fn search_results_as_json_name_the_city_the_file_and_the_program() {
    let folder = folder();
    let output = carta()
        .arg("library")
        .arg(folder.path())
        .args(["--search", "training", "--json"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let found: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let found = found.as_array().unwrap();
    let training = found
        .iter()
        .find(|p| p["title"] == "Internal Training")
        .expect("San Antonio's training");
    assert_eq!(training["city"], "San Antonio (Chile)");
    assert!(
        training["file"]
            .as_str()
            .unwrap()
            .ends_with("san-antonio.txt")
    );
    assert_eq!(training["id"], 3);
}

#[test]
fn a_library_that_is_not_a_folder_is_refused() {
    let folder = tempfile::tempdir().unwrap();
    let output = carta()
        .arg("library")
        .arg(folder.path().join("missing"))
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("does not exist"));
}
