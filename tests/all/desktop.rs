//! What crosses from Carta to the desktop, tested in the real window under
//! Xvfb (kittest injects its own events, so it cannot see what the real
//! window lacks): the system clipboard both ways, into a field and into the
//! page import, and out of a field to other programs; a link opening the
//! system's browser. Needs Xvfb, xdotool and xclip (`scripts/test` installs
//! them); without them it says so.

use std::io::Write as _;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use carta::store;

use crate::crash::{RealWindow, have, have_a_real_display};

/// The windows on `display` whose name contains `name`.
fn windows_named(carta: &RealWindow, name: &str) -> Vec<String> {
    let found = carta.xdotool(&["search", "--onlyvisible", "--name", name]);
    found
        .lines()
        .filter(|id| !id.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_systems_file_dialog_opens_a_profile_and_cancelling_it_is_only_a_cancel() {
    if !(have_a_real_display() && have("zenity")) {
        eprintln!("skipped: zenity is not installed (.ci/run installs it)");
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let first = home.path().join("first.ron");
    let second = home.path().join("second.ron");
    // A profile open on its City panel: nothing there takes typing unasked.
    store::save(&store::embedded_profile(), &first).unwrap();
    store::save(&store::embedded_profile(), &second).unwrap();
    // No desktop portal here (no session bus): rfd falls back to zenity.
    let carta = RealWindow::start_with_native_dialogs(home.path(), &first, &[]);
    let dialog = |carta: &RealWindow| {
        carta.xdotool(&["windowfocus", "--sync", &carta.window]);
        carta.xdotool(&["key", "ctrl+o"]);
        let shown = until(|| windows_named(carta, "zenity"), |found| !found.is_empty());
        assert!(!shown.is_empty(), "Ctrl+O shows the system's dialog");
        // GTK draws the chooser a moment after mapping its window.
        std::thread::sleep(Duration::from_secs(2));
        shown
    };
    // Cancelled: Carta goes on as before, with no path field in its place.
    let shown = dialog(&carta);
    carta.xdotool(&["windowfocus", "--sync", &shown[0]]);
    carta.xdotool(&["key", "Escape"]);
    until(|| windows_named(&carta, "zenity"), Vec::is_empty);
    std::thread::sleep(Duration::from_secs(1));
    // Had Carta taken the cancel for a missing dialog, its own path field
    // would now hold the keyboard and open what is typed.
    carta.xdotool(&["windowfocus", "--sync", &carta.window]);
    let typed = format!("{}\n", second.display());
    carta.xdotool(&["type", "--delay", "20", &typed]);
    std::thread::sleep(Duration::from_secs(2));
    let title = carta.xdotool(&["getwindowname", &carta.window]);
    assert!(
        title.contains("first.ron"),
        "a cancel is a cancel: {title:?}"
    );
    // Picked: the file named in the system's dialog opens.
    let shown = dialog(&carta);
    carta.xdotool(&["windowfocus", "--sync", &shown[0]]);
    // GTK's chooser takes a typed path (ctrl+L) and opens it with Return.
    carta.xdotool(&["key", "ctrl+l"]);
    carta.xdotool(&["type", "--delay", "20", &second.display().to_string()]);
    // Return once GTK has looked the path up (before, it completes it).
    std::thread::sleep(Duration::from_secs(1));
    carta.xdotool(&["key", "Return"]);
    let title = until(
        || carta.xdotool(&["getwindowname", &carta.window]),
        |title| title.contains("second.ron"),
    );
    let said = std::fs::read_to_string(home.path().join("carta.log")).unwrap_or_default();
    assert!(title.contains("second.ron"), "opened: {title:?}\n{said}");
}

fn have_xclip() -> bool {
    if have_a_real_display() && have("xclip") {
        return true;
    }
    eprintln!("skipped: xclip is not installed (.ci/run installs it)");
    false
}

/// Puts `text` on the X clipboard as another program would (xclip keeps
/// serving it until a program takes the clipboard over).
fn copy_from_another_program(display: &str, text: &str) {
    let mut xclip = Command::new("xclip")
        .args(["-selection", "clipboard", "-in"])
        .env("DISPLAY", display)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    xclip
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    assert!(xclip.wait().unwrap().success());
}

/// What another program pastes from the X clipboard now.
fn paste_in_another_program(display: &str) -> String {
    let output = Command::new("xclip")
        .args(["-selection", "clipboard", "-out"])
        .env("DISPLAY", display)
        .stderr(Stdio::null())
        .output()
        .unwrap();
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Polls `probe` for up to 30 s until it returns what `done` accepts.
fn until<T>(mut probe: impl FnMut() -> T, done: impl Fn(&T) -> bool) -> T {
    let start = Instant::now();
    loop {
        let value = probe();
        if done(&value) || start.elapsed() > Duration::from_secs(30) {
            return value;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[test]
fn a_field_pastes_from_and_copies_to_other_programs() {
    if !have_xclip() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("tetouan.ron");
    store::save(&carta::model::Document::default(), &path).unwrap();
    let carta = RealWindow::start(home.path(), &path, "us");
    // A name copied from an e-mail, in two scripts.
    let pasted = "Tétouan – تطوان";
    copy_from_another_program(&carta.display, pasted);
    carta.click_city_name();
    carta.xdotool(&["key", "--delay", "100", "ctrl+a", "ctrl+v"]);
    std::thread::sleep(Duration::from_millis(500));
    carta.xdotool(&["key", "ctrl+s"]);
    let saved = until(
        || {
            store::load(&path)
                .map(|document| document.city.name.get("en").to_owned())
                .unwrap_or_default()
        },
        |name| !name.is_empty(),
    );
    assert_eq!(
        saved, pasted,
        "Ctrl+V in a field pastes the system clipboard"
    );

    // Out again: what Carta copies, another program pastes.
    carta.xdotool(&["key", "End"]);
    carta.xdotool(&["type", "--delay", "40", " 2030"]);
    carta.xdotool(&["key", "--delay", "100", "ctrl+a", "ctrl+c"]);
    let expected = format!("{pasted} 2030");
    let copied = until(
        || paste_in_another_program(&carta.display),
        |t| *t == expected,
    );
    assert_eq!(copied, expected, "Ctrl+C in a field reaches other programs");
}

#[test]
fn the_campaign_page_pastes_into_the_import_window() {
    if !have_xclip() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("blank.ron");
    store::save(&carta::model::Document::default(), &path).unwrap();
    let carta = RealWindow::start(home.path(), &path, "us");
    let page = std::fs::read_to_string("tests/data/san-antonio-chile.txt").unwrap();
    // The whole page, selected on the campaign's website and copied.
    copy_from_another_program(&carta.display, &page);
    // File ▸ Import campaign text: its field takes the keyboard.
    carta.xdotool(&["key", "ctrl+shift+i"]);
    std::thread::sleep(Duration::from_secs(1));
    carta.xdotool(&["key", "ctrl+v"]);
    std::thread::sleep(Duration::from_secs(1));
    carta.xdotool(&["key", "ctrl+Return"]);
    // The imported profile is open (unsaved): its city names the window.
    let title = until(
        || carta.xdotool(&["getwindowname", &carta.window]),
        |title| title.contains("San Antonio"),
    );
    assert!(
        title.contains("San Antonio"),
        "the pasted page was imported: window title {title:?}"
    );
}

#[test]
fn a_link_opens_in_the_systems_browser() {
    if !have_a_real_display() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("links.ron");
    store::save(&carta::model::Document::default(), &path).unwrap();
    // The "browser": a script that notes what it was asked to open, as the
    // desktop's browser would be started (BROWSER, which xdg-open and the
    // webbrowser crate honour).
    let opened = home.path().join("opened.txt");
    let browser = home.path().join("browser");
    std::fs::write(
        &browser,
        format!("#!/bin/sh\necho \"$1\" >> '{}'\n", opened.display()),
    )
    .unwrap();
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(&browser, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let carta = RealWindow::start_with(
        home.path(),
        &path,
        "us",
        &[("BROWSER", browser.as_os_str())],
    );
    // Help ▸ Guide (F1); its one link takes the keyboard with Tab; Enter opens it.
    carta.xdotool(&["key", "F1"]);
    std::thread::sleep(Duration::from_secs(1));
    carta.xdotool(&["key", "--delay", "300", "Tab", "Return"]);
    let said = until(
        || std::fs::read_to_string(&opened).unwrap_or_default(),
        |said| !said.is_empty(),
    );
    assert_eq!(said.trim(), "https://github.com/carta-hrc/carta");
}

/// Help ▸ Translate Carta… in the real window: the phrases land in the
/// settings folder the system gives Carta, and the folder is handed to the
/// system's opener (xdg-open), as the officer's file manager would be.
#[test]
fn translate_carta_writes_the_phrases_and_opens_their_folder() {
    if !have_a_real_display() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("profile.ron");
    store::save(&store::embedded_profile(), &path).unwrap();
    // The "file manager": a script first on PATH that notes what it was asked to open.
    let opened = home.path().join("opened.txt");
    let bin = home.path().join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let opener = bin.join("xdg-open");
    std::fs::write(
        &opener,
        format!("#!/bin/sh\necho \"$1\" >> '{}'\n", opened.display()),
    )
    .unwrap();
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(&opener, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let search_path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let carta = RealWindow::start_with_native_dialogs(
        home.path(),
        &path,
        &[("PATH", std::ffi::OsStr::new(&search_path))],
    );
    // Help, then its "Translate Carta…" (where the menu draws them).
    for (x, y) in [("152", "15"), ("203", "130")] {
        carta.xdotool(&["mousemove", "--window", &carta.window, x, y, "click", "1"]);
        std::thread::sleep(Duration::from_secs(1));
    }
    carta.xdotool(&["type", "--delay", "40", "Basque"]);
    std::thread::sleep(Duration::from_secs(1));
    carta.xdotool(&["key", "Return"]);
    let folder = home.path().join("config/carta/translations/eu");
    let said = until(
        || std::fs::read_to_string(&opened).unwrap_or_default(),
        |said| !said.is_empty(),
    );
    let log = std::fs::read_to_string(home.path().join("carta.log")).unwrap_or_default();
    assert_eq!(said.trim(), folder.display().to_string(), "{log}");
    let app = std::fs::read_to_string(folder.join("app.ftl")).unwrap();
    assert!(app.contains("# English: Save\ncommand-save = Save\n"));
    assert!(folder.join("guide.md").is_file());
}
