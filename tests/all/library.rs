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

/// The file names `opened` parsed this time, not taken from the cache.
fn parsed_names(opened: &carta::library::Opened) -> Vec<String> {
    let mut names: Vec<String> = opened
        .parsed
        .iter()
        .filter_map(|p| p.file_name()?.to_str().map(str::to_owned))
        .collect();
    names.sort();
    names
}

fn open_cached(folder: &Path, cache: &Path) -> carta::library::Opened {
    carta::library::open_with(folder, Some(cache), &carta::library::Progress::default())
}

fn cities(opened: &carta::library::Opened) -> Vec<String> {
    let mut names: Vec<String> = opened
        .library
        .profiles
        .iter()
        .map(carta::model::library::Profile::city)
        .collect();
    names.sort();
    names
}

#[test]
fn a_second_opening_reads_only_the_file_that_changed() {
    let folder = folder();
    let cache = tempfile::tempdir().unwrap();
    let first = open_cached(folder.path(), cache.path());
    assert_eq!(
        parsed_names(&first),
        ["README.txt", "city-0.ron", "city-1.ron", "san-antonio.txt"],
        "everything is parsed the first time (the cut file fails)"
    );
    let before = contents(folder.path());

    let again = open_cached(folder.path(), cache.path());
    assert!(parsed_names(&again).is_empty(), "{:?}", again.parsed);
    assert_eq!(cities(&again), cities(&first));
    assert_eq!(again.library.program_count(), first.library.program_count());
    assert_eq!(again.problems.len(), 1, "the cut file is told again");
    assert_eq!(
        again.library.search("", &Default::default()).len(),
        first.library.search("", &Default::default()).len(),
        "the cached index finds what the fresh one did"
    );

    // Another city in city-1.ron, and city-0.ron only touched.
    let other = carta::store::to_ron(&library_profile(9, 3)).unwrap();
    std::fs::write(folder.path().join("city-1.ron"), other).unwrap();
    let touched = std::fs::File::options()
        .write(true)
        .open(folder.path().join("city-0.ron"))
        .unwrap();
    touched
        .set_modified(std::time::SystemTime::now() + std::time::Duration::from_secs(60))
        .unwrap();
    drop(touched);
    let changed = open_cached(folder.path(), cache.path());
    assert_eq!(parsed_names(&changed), ["city-1.ron"]);
    assert!(
        cities(&changed).contains(&library_profile(9, 0).city.display_name("en")),
        "{:?}",
        cities(&changed)
    );
    assert_eq!(changed.library.program_count(), 5 + 3 + 4);

    std::fs::remove_file(folder.path().join("city-0.ron")).unwrap();
    let fewer = open_cached(folder.path(), cache.path());
    assert!(parsed_names(&fewer).is_empty());
    assert_eq!(fewer.library.profiles.len(), 2);
    assert_ne!(
        contents(folder.path()),
        before,
        "(the test changed the folder)"
    );
}

#[test]
fn a_cache_that_cannot_be_read_is_rebuilt() {
    let folder = folder();
    let cache = tempfile::tempdir().unwrap();
    open_cached(folder.path(), cache.path());
    // Spoil every entry.
    let mut spoiled = 0;
    let mut pending = vec![cache.path().to_owned()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            if entry.file_type().unwrap().is_dir() {
                pending.push(entry.path());
            } else {
                std::fs::write(entry.path(), b"\x93garbage").unwrap();
                spoiled += 1;
            }
        }
    }
    assert!(spoiled >= 4, "{spoiled} entries");
    let opened = open_cached(folder.path(), cache.path());
    assert_eq!(opened.library.profiles.len(), 3);
    assert_eq!(parsed_names(&opened).len(), 4, "all read again");
}

#[test]
fn a_file_changed_while_the_library_is_read_is_read_again_next_time() {
    let folder = folder();
    let cache = tempfile::tempdir().unwrap();
    let path = folder.path().join("city-0.ron");
    let versions: Vec<String> = (20..24)
        .map(|i| carta::store::to_ron(&library_profile(i, 4 + i % 3)).unwrap())
        .collect();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let writer = {
        let (stop, path, versions) = (stop.clone(), path.clone(), versions.clone());
        std::thread::spawn(move || {
            let mut turn = 0;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                // Not atomic on purpose: a reader may see half a file.
                std::fs::write(&path, &versions[turn % versions.len()]).unwrap();
                turn += 1;
            }
        })
    };
    for _ in 0..20 {
        let opened = open_cached(folder.path(), cache.path());
        assert!(opened.library.profiles.len() >= 2);
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    writer.join().unwrap();
    let last = carta::store::to_ron(&library_profile(30, 2)).unwrap();
    std::fs::write(&path, last).unwrap();
    let opened = open_cached(folder.path(), cache.path());
    assert!(
        cities(&opened).contains(&library_profile(30, 0).city.display_name("en")),
        "the file as it is now, not a half-read one: {:?}",
        cities(&opened)
    );
    assert_eq!(opened.problems.len(), 1, "only the cut file");
}

#[test]
fn two_cities_of_one_name_stay_apart() {
    let folder = tempfile::tempdir().unwrap();
    for (file, country) in [("chile.ron", "Chile"), ("texas.ron", "United States")] {
        let mut document = library_profile(0, 2);
        document.city.name = carta::model::Localized::new("en", "San Antonio");
        document.city.qualifier = carta::model::Localized::new("en", country);
        document.city.country = carta::model::Localized::new("en", country);
        std::fs::write(
            folder.path().join(file),
            carta::store::to_ron(&document).unwrap(),
        )
        .unwrap();
    }
    // And the same profile twice, in two folders: it counts once.
    std::fs::create_dir(folder.path().join("copy")).unwrap();
    std::fs::copy(
        folder.path().join("chile.ron"),
        folder.path().join("copy").join("chile.ron"),
    )
    .unwrap();
    let output = carta()
        .arg("library")
        .arg(folder.path())
        .args(["--search", ""])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 5, "{stdout}");
    assert_eq!(
        lines
            .iter()
            .filter(|l| l.starts_with("San Antonio (Chile) ·"))
            .count(),
        2,
        "{stdout}"
    );
    assert_eq!(
        lines
            .iter()
            .filter(|l| l.starts_with("San Antonio (United States) ·"))
            .count(),
        2,
        "{stdout}"
    );
    assert_eq!(lines[4], "4 programs in 2 cities");
}

/// A program made internal in a file whose size does not change, its time
/// then set back as backup and sync tools do (`touch -r`): the cache must
/// not keep publishing it. (Unix: Windows keeps no change time to compare.)
#[cfg(unix)]
#[test]
fn a_file_changed_with_its_size_and_time_kept_is_read_again() {
    let folder = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let mut document = library_profile(0, 2);
    document.programs[1].title = carta::model::Localized::new("en", "Secret shelter for witnesses");
    let path = folder.path().join("city.ron");
    let text = carta::store::to_ron(&document).unwrap();
    std::fs::write(&path, &text).unwrap();
    let old_time = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    let set_time = |path: &Path| {
        let file = std::fs::File::options().write(true).open(path).unwrap();
        file.set_modified(old_time).unwrap();
    };
    set_time(&path);
    let first = open_cached(folder.path(), cache.path());
    let found = |opened: &carta::library::Opened| {
        opened
            .library
            .search("witnesses", &Default::default())
            .len()
    };
    assert_eq!(found(&first), 1);
    // Internal now, in exactly as many bytes: the title's last words give
    // their room to the mark.
    document.programs[1].visibility = carta::model::Visibility::Internal;
    let internal = carta::store::to_ron(&document).unwrap();
    let grown = internal.len() - text.len();
    let title = "Secret shelter for witnesses";
    document.programs[1].title = carta::model::Localized::new("en", &title[..title.len() - grown]);
    let same_size = carta::store::to_ron(&document).unwrap();
    assert_eq!(same_size.len(), text.len(), "(the test keeps the size)");
    std::fs::write(&path, &same_size).unwrap();
    set_time(&path);
    let again = open_cached(folder.path(), cache.path());
    assert_eq!(
        found(&again),
        0,
        "the internal program is no longer published"
    );
    assert_eq!(
        parsed_names(&again),
        ["city.ron"],
        "read again, not taken from the cache"
    );
}

/// A home folder opened as a library: Carta's own settings are not other
/// cities' broken profiles, and two names that are not UTF-8 stay two.
#[cfg(target_os = "linux")]
#[test]
fn carta_skips_its_own_files_and_tells_odd_names_apart() {
    use std::os::unix::ffi::OsStrExt as _;
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join(".config").join("carta");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(config.join("settings.ron"), "(theme: Dark)").unwrap();
    std::fs::write(config.join("window.ron"), "{\"window\":\"()\"}").unwrap();
    let text = carta::store::to_ron(&library_profile(0, 2)).unwrap();
    std::fs::write(home.path().join("city.ron"), text).unwrap();
    for odd in [&b"\xff.ron"[..], &b"\xfe.ron"[..]] {
        let name = std::ffi::OsStr::from_bytes(odd);
        std::fs::write(home.path().join(name), "not a profile").unwrap();
    }
    let output = carta()
        .env("HOME", home.path())
        .env_remove("XDG_CONFIG_HOME")
        .env_remove("XDG_DATA_HOME")
        .args([
            "library".as_ref(),
            home.path().as_os_str(),
            "--no-cache".as_ref(),
        ])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(
        !said.contains("settings.ron") && !said.contains("window.ron"),
        "{said}"
    );
    assert!(
        said.contains("\\xff.ron") && said.contains("\\xfe.ron"),
        "{said}"
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("1 profile"));
}
