//! What a profile file does on every platform Carta ships for, Windows
//! included (this module runs under Wine in CI): names in any script, paths
//! past Windows' old 260-character limit, `\n` line ends, and a clear reason
//! when another program holds the file open.

use carta::store;

/// A folder and file name in Korean, Arabic and Vietnamese, with spaces.
#[test]
fn profiles_in_folders_named_in_any_script_save_and_open() {
    let folder = tempfile::tempdir().unwrap();
    let place = folder
        .path()
        .join("광주 인권도시")
        .join("تطوان")
        .join("Hồ sơ");
    std::fs::create_dir_all(&place).unwrap();
    let path = place.join("Gwangju 광주광역시.ron");
    let document = store::embedded_profile();
    store::save(&document, &path).unwrap();
    assert_eq!(store::load(&path).unwrap(), document);
    // Saved again, the last good copy is kept beside it.
    store::save(&document, &path).unwrap();
    let backups = std::fs::read_dir(&place)
        .unwrap()
        .filter(|entry| {
            let name = entry.as_ref().unwrap().file_name();
            name.to_string_lossy().ends_with(".bak")
        })
        .count();
    assert_eq!(backups, 1);
}

/// Deeper than 260 characters, where Windows programs that use the old
/// limit fail.
#[test]
fn profiles_deeper_than_260_characters_save_and_open() {
    let folder = tempfile::tempdir().unwrap();
    let mut place = folder.path().to_owned();
    while place.as_os_str().len() < 300 {
        place.push("Derechos humanos en la ciudad");
    }
    std::fs::create_dir_all(&place).unwrap();
    let path = place.join("perfil de la ciudad.ron");
    assert!(path.as_os_str().len() > 260);
    let document = store::embedded_profile();
    store::save(&document, &path).unwrap();
    assert_eq!(store::load(&path).unwrap(), document);
}

/// A profile mailed from Windows to Linux reads the same: lines end in `\n`
/// alone, whatever the platform.
#[test]
fn saved_profiles_end_their_lines_with_a_line_feed_only() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("profile.ron");
    store::save(&store::embedded_profile(), &path).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    assert!(!bytes.contains(&b'\r'), "a carriage return in the file");
    assert!(bytes.ends_with(b"\n"));
}

/// Word holds its documents open so that nobody may replace them: saving
/// over such a file fails with a message saying so, and the file is intact.
#[cfg(windows)]
#[test]
fn saving_over_a_file_another_program_holds_open_says_so() {
    use std::os::windows::fs::OpenOptionsExt as _;
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("profile.ron");
    let document = store::embedded_profile();
    store::save(&document, &path).unwrap();
    let before = std::fs::read(&path).unwrap();
    // Shared for reading only, as office programs open their documents.
    const FILE_SHARE_READ: u32 = 1;
    let held = std::fs::OpenOptions::new()
        .read(true)
        .share_mode(FILE_SHARE_READ)
        .open(&path)
        .unwrap();
    let error = store::save(&document, &path).expect_err("the save must fail");
    let message = error.to_string();
    assert!(
        message.contains("another program has the file open"),
        "{message}"
    );
    drop(held);
    assert_eq!(std::fs::read(&path).unwrap(), before, "the file is intact");
    store::save(&document, &path).expect("saves once the other program lets go");
}
